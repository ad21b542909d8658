#!/bin/bash
# slurmc's own directives, written "#slurmc", are comments to sbatch: the
# script is accepted and reads exactly as without them.
#SBATCH --job-name=dual-use -N 2 --ntasks-per-node=4 -t 30
#slurmc --image=nvcr.io/nvidia/pytorch:24.05-py3 --shm-size=16Gi
#slurmc[volcano,kueue] --queue=research
#SBATCH --mem=4G
srun hostname
