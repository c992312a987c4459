# QIPP schemes for the reports benchmark: SCHEMES schemes spread over the programmes of
# bench/programmes.csv, each with a plan for 2013/14 (gross and net, £'000), and MONTHS
# months of forecast and actual for each (qipp-months), written to two files.
#   awk -v SCHEMES=10000 -v MONTHS=6 -v PLANS=qipp.csv -v RETURNS=months.csv -f gen_qipp.awk
BEGIN {
	if (!SCHEMES) SCHEMES = 10000
	if (!MONTHS) MONTHS = 6
	split("PLANNED UNSCHED PRIMARY PROMISE CYPS MH BCF", prog, " ")
	srand(7)
	print "programme_code,scheme,description,category,fy2013_14_plan_k" >PLANS
	print "programme_code,scheme,month,forecast_k,actual_k" >RETURNS
	for (i = 1; i <= SCHEMES; i++) {
		p = prog[1 + i % 7]
		plan = 20 + int(rand() * 900)
		printf "%s,Scheme %05d,\"Bench scheme %d, demand management\",Acute Contract,%d\n", \
			p, i, i, plan >PLANS
		for (m = 4; m < 4 + MONTHS; m++) {
			f = int(plan * (0.6 + rand() * 0.5))
			printf "%s,Scheme %05d,2013-%02d,%d,%d\n", p, i, m, f, int(f / 12) >RETURNS
		}
	}
}
