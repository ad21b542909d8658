#!/bin/bash
# --acc is ambiguous (account, acctg-freq).
#SBATCH --acc=lab
srun hostname
