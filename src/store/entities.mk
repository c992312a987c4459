# store/ entity modules used by import and export.
libpmwb_store_a_SOURCES +=
