"""The model side: everything that runs in the models' environment, in the model process (`server`,
started as ``python -m rrsis_qgis.model_process``) and in the command line's own process. Reads rasters,
runs the models, vectorizes, computes the output's attributes, writes vector files. Never imported by
QGIS."""
