#!/bin/bash
# #PBS -W depend and -p.
#PBS -W depend=afterok:10001
#PBS -p 10
srun hostname
