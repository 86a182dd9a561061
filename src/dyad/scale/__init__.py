"""Running `dyad code` at scale: local worker processes, a Dask cluster, resumable runs.

- `batches`: the parent cuts the input into batches, reuses stored records, merges results
  back in input order;
- `work`: what a worker does with a batch (the same function for every engine);
- `local`: `--workers N` processes, a bounded window of batches in flight;
- `cluster` and `parquet`: `--engine dask`, partitioned Parquet output.
"""
