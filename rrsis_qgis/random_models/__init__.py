"""Random-weight models of the real architectures, saved and loaded with the publishers' classes.

For the tests, the benchmark and the `tiny` training preset; never imported when a checkpoint is loaded for
segmentation (a test checks it).
"""
