%define api.pure full
%define api.prefix {dir}
%code { static int dirlex(void *l) { (void)l; return 0; } static void direrror(const char *m) { (void)m; } }
%%
start: %empty ;
%%
