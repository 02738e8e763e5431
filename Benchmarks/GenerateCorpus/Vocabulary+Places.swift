/// A district and its province and region, where a release takes place.
struct Place {
    let province: String
    let district: String
    let region: String
}

/// A kind of cooperative and the products it handles.
struct CooperativeKind {
    let name: String
    let products: [String]
}

extension Vocabulary {
    static let places = [
        Place(province: "เชียงใหม่", district: "สันทราย", region: "เหนือ"),
        Place(province: "เชียงใหม่", district: "แม่ริม", region: "เหนือ"),
        Place(province: "ลำปาง", district: "เกาะคา", region: "เหนือ"),
        Place(province: "น่าน", district: "ปัว", region: "เหนือ"),
        Place(province: "พิษณุโลก", district: "วังทอง", region: "เหนือ"),
        Place(province: "เพชรบูรณ์", district: "หล่มสัก", region: "เหนือ"),
        Place(province: "นครราชสีมา", district: "ปากช่อง", region: "ตะวันออกเฉียงเหนือ"),
        Place(province: "ขอนแก่น", district: "น้ำพอง", region: "ตะวันออกเฉียงเหนือ"),
        Place(province: "อุบลราชธานี", district: "วารินชำราบ", region: "ตะวันออกเฉียงเหนือ"),
        Place(province: "สุรินทร์", district: "ท่าตูม", region: "ตะวันออกเฉียงเหนือ"),
        Place(province: "ร้อยเอ็ด", district: "เสลภูมิ", region: "ตะวันออกเฉียงเหนือ"),
        Place(province: "สกลนคร", district: "พังโคน", region: "ตะวันออกเฉียงเหนือ"),
        Place(province: "ชัยภูมิ", district: "ภูเขียว", region: "ตะวันออกเฉียงเหนือ"),
        Place(province: "บุรีรัมย์", district: "นางรอง", region: "ตะวันออกเฉียงเหนือ"),
        Place(province: "ลพบุรี", district: "ชัยบาดาล", region: "กลาง"),
        Place(province: "นครปฐม", district: "กำแพงแสน", region: "กลาง"),
        Place(province: "ราชบุรี", district: "บ้านโป่ง", region: "ตะวันตก"),
        Place(province: "กาญจนบุรี", district: "ท่าม่วง", region: "ตะวันตก"),
        Place(province: "ฉะเชิงเทรา", district: "พนมสารคาม", region: "ตะวันออก"),
        Place(province: "จันทบุรี", district: "ท่าใหม่", region: "ตะวันออก"),
        Place(province: "สุราษฎร์ธานี", district: "พุนพิน", region: "ใต้"),
        Place(province: "นครศรีธรรมราช", district: "ทุ่งสง", region: "ใต้"),
        Place(province: "สงขลา", district: "หาดใหญ่", region: "ใต้"),
        Place(province: "ตรัง", district: "ห้วยยอด", region: "ใต้"),
    ]

    /// Agricultural cooperatives twice, as they are the most common.
    static let cooperativeKinds = [
        CooperativeKind(name: "สหกรณ์การเกษตร", products: ["ข้าวหอมมะลิ", "มันสำปะหลัง", "ข้าวโพดเลี้ยงสัตว์", "ลำไย", "ทุเรียน", "มังคุด", "ปาล์มน้ำมัน", "กาแฟ", "อ้อย"]),
        CooperativeKind(name: "สหกรณ์การเกษตร", products: ["ข้าวหอมมะลิ", "ข้าวเหนียว", "ถั่วเหลือง"]),
        CooperativeKind(name: "สหกรณ์นิคม", products: ["มันสำปะหลัง", "ข้าวโพดเลี้ยงสัตว์", "ยางพารา"]),
        CooperativeKind(name: "สหกรณ์โคนม", products: ["น้ำนมดิบ"]),
        CooperativeKind(name: "สหกรณ์กองทุนสวนยาง", products: ["ยางพารา", "ยางแผ่นรมควัน"]),
        CooperativeKind(name: "สหกรณ์ประมง", products: ["สัตว์น้ำ", "อาหารทะเลแปรรูป"]),
    ]
}
