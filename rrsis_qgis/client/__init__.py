"""QGIS's side of the model process: start it in the models' environment, talk to it, end it
(`process`); describe that environment (`environment`) and install it (`installer`). Imports no model
package and nothing of the model side: what it sends and receives is defined in `protocol`."""
