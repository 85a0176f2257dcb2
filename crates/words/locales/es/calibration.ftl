calibration-sentence = Ajustado sin los últimos { $days } días (desde el { $from }), el modelo esperaba que estos clientes compraran en { $predicted } de esos días; compraron en { $actual }: { $verdict }.
calibration-as-expected = lo esperado
calibration-more = un { $percent } % más de lo esperado
calibration-fewer = un { $percent } % menos de lo esperado
