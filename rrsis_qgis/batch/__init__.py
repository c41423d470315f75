"""Batch jobs: many rasters or country-size mosaics by text, with the Processing algorithm's tiles and
seam merge, on the local engine or a Ray cluster, resumable from a job folder."""
