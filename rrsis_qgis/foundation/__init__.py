"""The bottom layer: what every other part needs and nothing of the project's own.

Errors that reach the analyst, `require` for the heavy packages, files shipped beside the package, the
`Predictor` contract every model offers, and the typed `RunSettings` of a run. Imports only the standard
library and numpy.
"""
