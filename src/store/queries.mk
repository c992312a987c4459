# store/ paged queries the workbench panes read through.
libpmwb_store_a_SOURCES +=
