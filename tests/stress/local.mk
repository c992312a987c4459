# stress/: bounded proofs under load (concurrent writers and readers, SIGKILL during imports).
TESTS += tests/stress/concurrency.sh
