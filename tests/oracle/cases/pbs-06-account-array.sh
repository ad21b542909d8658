#!/bin/bash
# #PBS -A and -J (an array).
#PBS -A LabP
#PBS -J 1-4
srun hostname
