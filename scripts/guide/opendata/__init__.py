"""Open data: the directory as an Open Referral UK (ORUK 3.0) feed, CSV tables and back.

Pure: functions here take the model's Directory and return documents (or take a feed and
return listing text). Writing files is left to ``publish`` (the build) and the adapters.
"""
