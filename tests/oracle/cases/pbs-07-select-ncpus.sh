#!/bin/bash
# #PBS -l select=2:ncpus=8.
#PBS -l select=2:ncpus=8
srun hostname
