"""What crosses between QGIS and the model process: one dataclass per message (`messages`) and the one
codec that writes and reads them (`codec`). Both processes import it; it imports only the foundation."""
