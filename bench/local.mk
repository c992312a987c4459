# Benchmarks: built and run on demand (make bench-*), never by make check.
