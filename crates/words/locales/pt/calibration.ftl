calibration-sentence = Ajustado sem os últimos { $days } dias (a partir de { $from }), o modelo esperava que esses clientes comprassem em { $predicted } desses dias; eles compraram em { $actual }: { $verdict }.
calibration-as-expected = como esperado
calibration-more = { $percent }% a mais do que o esperado
calibration-fewer = { $percent }% a menos do que o esperado
