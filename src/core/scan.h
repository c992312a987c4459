/* Scanners shared inside core/: they read an already-trimmed s[0..n) and, on failure, point
 * *why at the reason (a static string) so that each public parser can word its own message
 * around the text it quotes. */
#ifndef PMWB_CORE_SCAN_H
#define PMWB_CORE_SCAN_H

#include <stddef.h>

#include "pmwb/fy.h"

int fy_scan(const char *s, size_t n, int *fy, const char **why);
int fy_scan_quarter(const char *s, size_t n, fy_quarter *qo, const char **why);

#endif
