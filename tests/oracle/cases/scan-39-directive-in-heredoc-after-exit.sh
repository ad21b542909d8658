#!/bin/bash
# Directives after exit are ignored.
#SBATCH -J exitfirst
exit 0
#SBATCH --time=bogus
