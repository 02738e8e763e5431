import Thai
print(ThaiDigits.toThai("2555"))
