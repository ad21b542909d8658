#include <stdio.h>
int main(void) { puts("slurmc: under construction"); return 0; }
