import ICUShim
func _icuCheck() -> Int32 { khao_nfc_boundary_before(0x0E01) }
