#!/bin/bash
# #PBS -o, -e and -j oe.
#PBS -o pbs.out
#PBS -e pbs.err
#PBS -j oe
srun hostname
