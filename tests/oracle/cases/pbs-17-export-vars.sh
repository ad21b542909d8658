#!/bin/bash
# #PBS -v.
#PBS -v FOO=1
srun hostname
