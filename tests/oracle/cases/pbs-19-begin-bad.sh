#!/bin/bash
# #PBS -a with a bare HHMM.
#PBS -a 1200
srun hostname
