#!/bin/bash
#SBATCH -J bom
srun hostname
