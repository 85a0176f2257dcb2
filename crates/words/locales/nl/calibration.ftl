calibration-sentence = Berekend zonder de laatste { $days } dagen (vanaf { $from }), verwachtte het model dat deze klanten op { $predicted } van die dagen zouden kopen; ze kochten op { $actual }: { $verdict }.
calibration-as-expected = zoals verwacht
calibration-more = { $percent }% meer dan verwacht
calibration-fewer = { $percent }% minder dan verwacht
