"""Tools that evaluate and inspect PS-KD runs: scoring (sacreBLEU), calibration (ECE, NLL),
compare (tables and plots over runs), sweep (configurations x seeds, significance) and
inspect_store (`pskd-store`: read a store without training).

Not part of the plugin: `--user-dir fairseq_pskd` never imports this package, so training does not
load matplotlib or sacreBLEU on its account.
"""
