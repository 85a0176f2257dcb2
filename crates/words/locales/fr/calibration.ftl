calibration-sentence = Calculé sans les { $days } derniers jours (depuis le { $from }), le modèle attendait que ces clients achètent sur { $predicted } de ces jours ; ils ont acheté sur { $actual } : { $verdict }.
calibration-as-expected = comme prévu
calibration-more = { $percent } % de plus que prévu
calibration-fewer = { $percent } % de moins que prévu
