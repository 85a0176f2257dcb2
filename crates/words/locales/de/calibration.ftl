calibration-sentence = Ohne die letzten { $days } Tage berechnet (ab { $from }), erwartete das Modell, dass diese Kunden an { $predicted } dieser Tage kaufen; gekauft haben sie an { $actual }: { $verdict }.
calibration-as-expected = wie erwartet
calibration-more = { $percent } % mehr als erwartet
calibration-fewer = { $percent } % weniger als erwartet
