#!/bin/bash
# An invalid #PBS walltime.
#PBS -l walltime=bogus
srun hostname
