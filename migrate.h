/*
 * migrate.h: `slurmc migrate`, the bulk conversion of a tree of batch
 * scripts into manifests, with a report (man/slurmc-migrate.1).
 */
#ifndef SLURMC_MIGRATE_H
#define SLURMC_MIGRATE_H

/* argv[0] is "migrate". Returns the exit status: 0 every script converted
 * (warnings allowed), 1 some failed, 2 usage or I/O errors. */
int migrate_main(int argc, char **argv);

#endif
