/* Private to store/: the migration list. */
#ifndef PMWB_STORE_SCHEMA_H
#define PMWB_STORE_SCHEMA_H

int schema_version(void);
/* SQL that takes a file from from_version to from_version + 1, or NULL. */
const char *schema_migration(int from_version);

#endif
