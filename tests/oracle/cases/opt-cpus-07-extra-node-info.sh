#!/bin/bash
# -B sockets:cores:threads.
#SBATCH -B 2:16:1
srun hostname
