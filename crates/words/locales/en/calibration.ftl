# How well the prediction did on the last days it was not shown (prediction/calibration.rs).
# $from is a date written out; $verdict one of the calibration-* verdicts below.
calibration-sentence = Fitted without the last { $days } days (from { $from }), the model expected these customers to buy on { $predicted } days in them; they bought on { $actual }: { $verdict }.
calibration-as-expected = as expected
calibration-more = { $percent } % more than expected
calibration-fewer = { $percent } % fewer than expected
