"""Model providers: anything that turns a `ModelRequest` into a `ModelReply`."""

from draftkit.providers.base import ModelReply, ModelRequest, Provider

__all__ = ["ModelReply", "ModelRequest", "Provider"]
