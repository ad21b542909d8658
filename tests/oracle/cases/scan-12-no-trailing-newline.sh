#!/bin/bash
# The file ends without a newline after the last directive.
#SBATCH -J no-newline -t 5