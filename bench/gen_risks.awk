# A realistic risk register for the import benchmark: ROWS rows of about 210 bytes, quoted
# titles and mitigations with commas in them, money written the Excel way ("1,410"),
# likelihood and impact as numbers and as words, spread over the programmes in
# bench/programmes.csv.   awk -v ROWS=1000000 -f gen_risks.awk > risks.csv
BEGIN {
	if (!ROWS) ROWS = 1000000
	split("PLANNED UNSCHED PRIMARY PROMISE CYPS MH BCF", prog, " ")
	split("Rare,Unlikely,Possible,Likely,Almost certain", lw, ",")
	split("Capacity Funding Workforce Estates Contract Demand Governance Data", topic, " ")
	split("Open,Ongoing; reviewed monthly,Escalated,Closed", status, ",")
	srand(42)
	print "ref,programme_code,risk,owner,likelihood,impact,score,financial_impact_k,mitigation,status,source"
	for (i = 1; i <= ROWS; i++) {
		p = prog[1 + i % 7]
		l = 1 + int(rand() * 5); m = 1 + int(rand() * 5)
		lik = (i % 3 == 0) ? lw[l] : l
		t = topic[1 + int(rand() * 8)]
		k = int(rand() * 5000)
		money = k >= 1000 ? sprintf("\"%d,%03d\"", int(k / 1000), k % 1000) : k
		printf "R%07d,%s,\"%s risk %d: demand, cost and delivery may slip\",Programme Lead %d,%s,%d,%d,%s,\"Review monthly, agree actions with providers, escalate %d\",%s,bench risk register (v2) line %d\n", \
			i, p, t, i, i % 40, lik, m, l * m, money, i % 97, status[1 + i % 4], i + 1
	}
}
