#!/bin/bash
# An unknown #PBS option.
#PBS -X
srun hostname
