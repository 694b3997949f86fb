"""Persistent storage (SQLite or PostgreSQL): users, daily subscriptions, delivery ledger."""

from .store import (
    Delivery,
    ScheduleEntry,
    Store,
    StoreUnavailable,
    Subscription,
    User,
    open_store,
)
from .urls import mask_url

__all__ = [
    "Delivery",
    "ScheduleEntry",
    "Store",
    "StoreUnavailable",
    "Subscription",
    "User",
    "mask_url",
    "open_store",
]
