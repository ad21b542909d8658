#!/bin/bash
# A line of blanks and tabs between directives.
#SBATCH -J ws-line
   	  
#SBATCH -t 5
srun hostname
