#!/bin/bash
# #PBS -l mem and -m/-M.
#PBS -l mem=4gb
#PBS -m abe
#PBS -M someone@example.org
srun hostname
