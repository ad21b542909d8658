#!/bin/bash
# #PBS glued to its option.
#PBS-N glued-pbs
srun hostname
