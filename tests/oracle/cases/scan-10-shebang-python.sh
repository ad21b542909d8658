#!/usr/bin/env python3
# A Python batch script.
#SBATCH -J py-job -t 5
print('hi')
