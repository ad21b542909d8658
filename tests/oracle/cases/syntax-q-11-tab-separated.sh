#!/bin/bash
# Tabs between words.
#SBATCH	-J	tabbed	-t	5
srun hostname
