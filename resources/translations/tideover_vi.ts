<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QObject</name>
    <message>
        <source>Tideover scenarios (*.tideover);;All files (*)</source>
        <translation>Kịch bản Tideover (*.tideover);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>tideover::core::calibration</name>
    <message>
        <source>%1 ended at its bound %2: the history asks for a value outside the parameter&apos;s range, or the fitted figures cannot pin it down</source>
        <translation>%1 dừng ở biên %2: số liệu lịch sử đòi hỏi một giá trị nằm ngoài phạm vi của tham số, hoặc các số liệu dùng để hiệu chỉnh không đủ để xác định nó</translation>
    </message>
    <message>
        <source>%1 does not change the fitted figures (%2); it cannot be fitted from them</source>
        <translation>%1 không làm thay đổi các số liệu dùng để hiệu chỉnh (%2); không thể hiệu chỉnh nó từ các số liệu đó</translation>
    </message>
    <message>
        <source>%1 cannot be told apart: they change the fitted figures in the same proportions; fit only one of them, or add figures that separate them</source>
        <translation>Không thể phân biệt %1: chúng làm thay đổi các số liệu dùng để hiệu chỉnh theo cùng một tỷ lệ; chỉ hiệu chỉnh một trong số đó, hoặc bổ sung số liệu giúp tách chúng ra</translation>
    </message>
    <message>
        <source>the fit stopped after %1 projections without converging; the values are the best found</source>
        <translation>quá trình hiệu chỉnh dừng sau %1 lần dự báo mà chưa hội tụ; các giá trị là tốt nhất đã tìm được</translation>
    </message>
    <message>
        <source>%1 figures for %2 fitted values leave no degree of freedom: the fit passes through every figure and gives no standard errors</source>
        <translation>%1 số liệu cho %2 giá trị cần hiệu chỉnh không để lại bậc tự do nào: kết quả đi qua mọi số liệu và không cho sai số chuẩn</translation>
    </message>
</context>
<context>
    <name>tideover::core::parameters</name>
    <message>
        <source>Coverage</source>
        <translation>Độ bao phủ</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Điều kiện hưởng</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <source>Other expenditure</source>
        <translation>Chi tiêu khác</translation>
    </message>
    <message>
        <source>Financing rule</source>
        <translation>Quy tắc tài chính</translation>
    </message>
    <message>
        <source>Labour market</source>
        <translation>Thị trường lao động</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Tiền lương</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>Ngẫu nhiên</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Năm đầu tiên</translation>
    </message>
    <message>
        <source>First projected calendar year; the projection starts on 1 January.</source>
        <translation>Năm dương lịch đầu tiên được dự báo; dự báo bắt đầu từ ngày 1 tháng 1.</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Kỳ dự báo</translation>
    </message>
    <message>
        <source>Number of years projected, in monthly steps.</source>
        <translation>Số năm được dự báo, theo từng bước tháng.</translation>
    </message>
    <message>
        <source>Claimants at the start</source>
        <translation>Người hưởng lúc bắt đầu</translation>
    </message>
    <message>
        <source>steady_state: an existing scheme already paying its stock of claimants; empty: a new scheme launched at the start with nobody on benefit.</source>
        <translation>steady_state: chế độ đang hoạt động, đã chi trả cho số người hưởng hiện có; empty: chế độ mới ra đời lúc bắt đầu, chưa có ai hưởng trợ cấp.</translation>
    </message>
    <message>
        <source>Target reserve ratio</source>
        <translation>Tỷ lệ dự trữ mục tiêu</translation>
    </message>
    <message>
        <source>Reserve the fund should hold, in years of expenditure; the break-even rate reaches it at the horizon and the reserve warnings use it.</source>
        <translation>Mức dự trữ quỹ cần có, tính bằng số năm chi tiêu; tỷ lệ hòa vốn đạt mức này vào cuối kỳ dự báo và các cảnh báo về quỹ dự phòng dựa vào nó.</translation>
    </message>
    <message>
        <source>Labour force</source>
        <translation>Lực lượng lao động</translation>
    </message>
    <message>
        <source>Labour force (employed plus unemployed) in the start year.</source>
        <translation>Lực lượng lao động (người có việc làm cộng người thất nghiệp) trong năm bắt đầu.</translation>
    </message>
    <message>
        <source>Labour-force growth</source>
        <translation>Tăng trưởng lực lượng lao động</translation>
    </message>
    <message>
        <source>Annual growth of the labour force, from the second year on.</source>
        <translation>Mức tăng hằng năm của lực lượng lao động, từ năm thứ hai trở đi.</translation>
    </message>
    <message>
        <source>Unemployment rate</source>
        <translation>Tỷ lệ thất nghiệp</translation>
    </message>
    <message>
        <source>Annual average unemployment rate (unemployed / labour force).</source>
        <translation>Tỷ lệ thất nghiệp bình quân năm (người thất nghiệp / lực lượng lao động).</translation>
    </message>
    <message>
        <source>Job-finding rate</source>
        <translation>Tỷ lệ tìm được việc làm</translation>
    </message>
    <message>
        <source>Monthly probability that an unemployed person finds a job; with the unemployment rate it sets the flow of separations.</source>
        <translation>Xác suất hằng tháng một người thất nghiệp tìm được việc làm; cùng với tỷ lệ thất nghiệp, nó quyết định dòng người mất việc.</translation>
    </message>
    <message>
        <source>Claimant exit factor</source>
        <translation>Hệ số rời chế độ của người hưởng</translation>
    </message>
    <message>
        <source>Beneficiaries&apos; monthly exit rate relative to that of all unemployed (below 1: claimants leave benefit more slowly).</source>
        <translation>Tỷ lệ rời chế độ hằng tháng của người hưởng so với của toàn bộ người thất nghiệp (dưới 1: người hưởng thôi hưởng trợ cấp chậm hơn).</translation>
    </message>
    <message>
        <source>Wage employees</source>
        <translation>Người làm công ăn lương</translation>
    </message>
    <message>
        <source>Share of the employed who are wage employees.</source>
        <translation>Tỷ lệ người có việc làm là người làm công ăn lương.</translation>
    </message>
    <message>
        <source>Legal coverage</source>
        <translation>Độ bao phủ theo luật</translation>
    </message>
    <message>
        <source>Share of wage employees the law covers.</source>
        <translation>Tỷ lệ người làm công ăn lương thuộc diện luật điều chỉnh.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Tỷ lệ tuân thủ</translation>
    </message>
    <message>
        <source>Share of the legally covered who actually contribute.</source>
        <translation>Tỷ lệ người thuộc diện theo luật thực sự đóng bảo hiểm.</translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation>Tiền lương bình quân</translation>
    </message>
    <message>
        <source>Mean monthly wage of the insured in the start year.</source>
        <translation>Tiền lương tháng bình quân của người tham gia bảo hiểm trong năm bắt đầu.</translation>
    </message>
    <message>
        <source>Wage growth</source>
        <translation>Tăng trưởng tiền lương</translation>
    </message>
    <message>
        <source>Nominal annual growth of the average wage, from the second year on.</source>
        <translation>Mức tăng danh nghĩa hằng năm của tiền lương bình quân, từ năm thứ hai trở đi.</translation>
    </message>
    <message>
        <source>Wage dispersion</source>
        <translation>Độ phân tán tiền lương</translation>
    </message>
    <message>
        <source>Standard deviation of log wages (lognormal); 0 means everyone earns the mean. It matters only where a floor, ceiling or benefit cap binds.</source>
        <translation>Độ lệch chuẩn của logarit tiền lương (phân phối log-chuẩn); 0 nghĩa là mọi người đều hưởng lương bình quân. Chỉ có tác dụng khi mức lương tối thiểu hoặc tối đa làm căn cứ đóng, hoặc mức trợ cấp tối đa, bị chạm tới.</translation>
    </message>
    <message>
        <source>Inflation</source>
        <translation>Lạm phát</translation>
    </message>
    <message>
        <source>Annual growth of the price index, from the second year on; indexes thresholds set to follow prices.</source>
        <translation>Mức tăng hằng năm của chỉ số giá, từ năm thứ hai trở đi; dùng để chỉ số hóa các ngưỡng được đặt theo giá.</translation>
    </message>
    <message>
        <source>Employee rate</source>
        <translation>Tỷ lệ đóng của người lao động</translation>
    </message>
    <message>
        <source>Employee contribution, as a share of contributory wages.</source>
        <translation>Phần đóng của người lao động, tính theo tỷ lệ trên tiền lương làm căn cứ đóng.</translation>
    </message>
    <message>
        <source>Employer rate</source>
        <translation>Tỷ lệ đóng của người sử dụng lao động</translation>
    </message>
    <message>
        <source>Employer contribution, as a share of contributory wages.</source>
        <translation>Phần đóng của người sử dụng lao động, tính theo tỷ lệ trên tiền lương làm căn cứ đóng.</translation>
    </message>
    <message>
        <source>Government rate</source>
        <translation>Tỷ lệ đóng của Nhà nước</translation>
    </message>
    <message>
        <source>Government contribution, as a share of contributory wages.</source>
        <translation>Phần đóng của Nhà nước, tính theo tỷ lệ trên tiền lương làm căn cứ đóng.</translation>
    </message>
    <message>
        <source>Wage floor</source>
        <translation>Mức lương tối thiểu làm căn cứ đóng</translation>
    </message>
    <message>
        <source>Lowest contributory wage (0: none). It also bounds the benefit reference wage.</source>
        <translation>Tiền lương làm căn cứ đóng thấp nhất (0: không có). Mức này cũng giới hạn tiền lương làm căn cứ tính trợ cấp.</translation>
    </message>
    <message>
        <source>Wage ceiling</source>
        <translation>Mức lương tối đa làm căn cứ đóng</translation>
    </message>
    <message>
        <source>Highest contributory wage (0: none). It also bounds the benefit reference wage. A stepped legal schedule is a series with indexation none.</source>
        <translation>Tiền lương làm căn cứ đóng cao nhất (0: không có). Mức này cũng giới hạn tiền lương làm căn cứ tính trợ cấp. Một lộ trình theo luật tăng theo từng bậc được nhập dưới dạng chuỗi giá trị với chỉ số hóa none.</translation>
    </message>
    <message>
        <source>Floor and ceiling indexation</source>
        <translation>Chỉ số hóa mức lương tối thiểu và tối đa làm căn cứ đóng</translation>
    </message>
    <message>
        <source>How the wage floor and ceiling move after the start year: none, with prices or with wages.</source>
        <translation>Cách mức lương tối thiểu và tối đa làm căn cứ đóng thay đổi sau năm bắt đầu: không thay đổi, theo giá hoặc theo tiền lương.</translation>
    </message>
    <message>
        <source>Qualifying reason</source>
        <translation>Lý do đủ điều kiện</translation>
    </message>
    <message>
        <source>Share of separations for a qualifying (involuntary) reason.</source>
        <translation>Tỷ lệ các trường hợp mất việc vì lý do đủ điều kiện (không tự nguyện).</translation>
    </message>
    <message>
        <source>Contribution condition met</source>
        <translation>Đủ điều kiện về thời gian đóng</translation>
    </message>
    <message>
        <source>Share of qualifying job losers who meet the contribution condition.</source>
        <translation>Tỷ lệ người mất việc vì lý do đủ điều kiện đáp ứng điều kiện về thời gian đóng.</translation>
    </message>
    <message>
        <source>Take-up</source>
        <translation>Tỷ lệ đề nghị hưởng</translation>
    </message>
    <message>
        <source>Share of the eligible who claim.</source>
        <translation>Tỷ lệ người đủ điều kiện nộp hồ sơ đề nghị hưởng.</translation>
    </message>
    <message>
        <source>Replacement rates</source>
        <translation>Tỷ lệ hưởng</translation>
    </message>
    <message>
        <source>Benefit as a share of the reference wage, by month of benefit; the last value repeats.</source>
        <translation>Trợ cấp tính theo tỷ lệ trên tiền lương làm căn cứ, theo từng tháng hưởng; giá trị cuối cùng được lặp lại.</translation>
    </message>
    <message>
        <source>Maximum durations</source>
        <translation>Thời gian hưởng tối đa</translation>
    </message>
    <message>
        <source>Maximum benefit duration of each duration class, in months.</source>
        <translation>Thời gian hưởng trợ cấp tối đa của từng nhóm thời gian hưởng, tính bằng tháng.</translation>
    </message>
    <message>
        <source>Duration-class shares</source>
        <translation>Tỷ trọng các nhóm thời gian hưởng</translation>
    </message>
    <message>
        <source>Share of new claims in each duration class; as many as durations, summing to 1.</source>
        <translation>Tỷ lệ hồ sơ mới thuộc từng nhóm thời gian hưởng; số giá trị bằng số mức thời gian hưởng, tổng bằng 1.</translation>
    </message>
    <message>
        <source>Waiting days</source>
        <translation>Thời gian chờ</translation>
    </message>
    <message>
        <source>Days after the job loss before benefit is paid; claimants who find work meanwhile never draw benefit.</source>
        <translation>Số ngày sau khi mất việc trước khi được chi trả trợ cấp; người đề nghị hưởng tìm được việc làm trong thời gian này sẽ không nhận trợ cấp.</translation>
    </message>
    <message>
        <source>Claimants&apos; wage ratio</source>
        <translation>Tỷ lệ tiền lương của người hưởng</translation>
    </message>
    <message>
        <source>Claimants&apos; mean wage relative to the insured mean.</source>
        <translation>Tiền lương bình quân của người hưởng so với tiền lương bình quân của người tham gia bảo hiểm.</translation>
    </message>
    <message>
        <source>Minimum benefit</source>
        <translation>Mức trợ cấp tối thiểu</translation>
    </message>
    <message>
        <source>Lowest monthly benefit (0: none).</source>
        <translation>Mức trợ cấp hằng tháng thấp nhất (0: không có).</translation>
    </message>
    <message>
        <source>Maximum benefit</source>
        <translation>Mức trợ cấp tối đa</translation>
    </message>
    <message>
        <source>Highest monthly benefit (0: none); at least the minimum in every year when both are set.</source>
        <translation>Mức trợ cấp hằng tháng cao nhất (0: không có); không thấp hơn mức tối thiểu trong mọi năm khi cả hai đều được đặt.</translation>
    </message>
    <message>
        <source>Minimum and maximum indexation</source>
        <translation>Chỉ số hóa mức trợ cấp tối thiểu và tối đa</translation>
    </message>
    <message>
        <source>How the minimum and maximum benefit move after the start year: none, with prices or with wages.</source>
        <translation>Cách mức trợ cấp tối thiểu và tối đa thay đổi sau năm bắt đầu: không thay đổi, theo giá hoặc theo tiền lương.</translation>
    </message>
    <message>
        <source>Benefit-related spending</source>
        <translation>Chi tiêu gắn với trợ cấp</translation>
    </message>
    <message>
        <source>Spending tied to benefits, such as health-insurance contributions paid for beneficiaries, as a share of benefits.</source>
        <translation>Các khoản chi gắn với trợ cấp, như tiền đóng bảo hiểm y tế cho người hưởng, tính theo tỷ lệ trên trợ cấp.</translation>
    </message>
    <message>
        <source>Active labour-market spending</source>
        <translation>Chi hỗ trợ thị trường lao động chủ động</translation>
    </message>
    <message>
        <source>Training, placement and job-retention support, as a share of contributions.</source>
        <translation>Đào tạo, giới thiệu việc làm và hỗ trợ duy trì việc làm, tính theo tỷ lệ trên số tiền đóng.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Chi phí quản lý</translation>
    </message>
    <message>
        <source>Administrative cost, as a share of contributions.</source>
        <translation>Chi phí quản lý, tính theo tỷ lệ trên số tiền đóng.</translation>
    </message>
    <message>
        <source>Initial reserve</source>
        <translation>Quỹ dự phòng ban đầu</translation>
    </message>
    <message>
        <source>Reserve fund at the start of the projection (negative: a debt).</source>
        <translation>Quỹ dự phòng lúc bắt đầu dự báo (số âm: một khoản nợ).</translation>
    </message>
    <message>
        <source>Investment return</source>
        <translation>Lợi nhuận đầu tư</translation>
    </message>
    <message>
        <source>Nominal annual return earned on a positive reserve.</source>
        <translation>Lợi nhuận danh nghĩa hằng năm thu được trên quỹ dự phòng dương.</translation>
    </message>
    <message>
        <source>Borrowing rate</source>
        <translation>Lãi suất vay</translation>
    </message>
    <message>
        <source>Annual interest paid while the reserve is negative.</source>
        <translation>Lãi hằng năm phải trả khi quỹ dự phòng âm.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Chuyển giao</translation>
    </message>
    <message>
        <source>Transfers into (+) or out of (-) the fund each year, spread evenly over its months; the last value carries forward, so end a one-off with 0.</source>
        <translation>Khoản chuyển giao vào (+) hoặc ra khỏi (-) quỹ mỗi năm, chia đều cho các tháng trong năm; giá trị cuối cùng được giữ cho các năm sau, vì vậy hãy kết thúc một khoản một lần bằng 0.</translation>
    </message>
    <message>
        <source>fixed: the legislated rate; reserve_band: the total rate moves by one step a year to keep the reserve ratio between the lower and upper ratio.</source>
        <translation>fixed: mức đóng theo luật định; reserve_band: mức đóng tổng thay đổi mỗi năm một bước để giữ tỷ lệ dự trữ nằm giữa tỷ lệ dự trữ dưới và tỷ lệ dự trữ trên.</translation>
    </message>
    <message>
        <source>Lower reserve ratio</source>
        <translation>Tỷ lệ dự trữ dưới</translation>
    </message>
    <message>
        <source>Below this reserve ratio the rate goes up (reserve_band rule).</source>
        <translation>Khi tỷ lệ dự trữ thấp hơn ngưỡng này, mức đóng tăng lên (quy tắc reserve_band).</translation>
    </message>
    <message>
        <source>Upper reserve ratio</source>
        <translation>Tỷ lệ dự trữ trên</translation>
    </message>
    <message>
        <source>Above this reserve ratio the rate goes down (reserve_band rule); must exceed the lower ratio.</source>
        <translation>Khi tỷ lệ dự trữ cao hơn ngưỡng này, mức đóng giảm xuống (quy tắc reserve_band); phải lớn hơn tỷ lệ dự trữ dưới.</translation>
    </message>
    <message>
        <source>Rate step</source>
        <translation>Bước điều chỉnh mức đóng</translation>
    </message>
    <message>
        <source>Change of the total contribution rate per year under the rule.</source>
        <translation>Lượng thay đổi mỗi năm của mức đóng tổng theo quy tắc.</translation>
    </message>
    <message>
        <source>Lowest rate</source>
        <translation>Mức đóng thấp nhất</translation>
    </message>
    <message>
        <source>Lowest total contribution rate the rule may set.</source>
        <translation>Mức đóng tổng thấp nhất mà quy tắc có thể đặt.</translation>
    </message>
    <message>
        <source>Highest rate</source>
        <translation>Mức đóng cao nhất</translation>
    </message>
    <message>
        <source>Highest total contribution rate the rule may set.</source>
        <translation>Mức đóng tổng cao nhất mà quy tắc có thể đặt.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Số lượt mô phỏng</translation>
    </message>
    <message>
        <source>Number of random futures in a stochastic projection.</source>
        <translation>Số tương lai ngẫu nhiên (lượt mô phỏng) trong một dự báo ngẫu nhiên.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống</translation>
    </message>
    <message>
        <source>Seed of the random numbers: the same seed gives the same results on any number of threads.</source>
        <translation>Hạt giống của dãy số ngẫu nhiên: cùng một hạt giống cho cùng kết quả với bất kỳ số luồng xử lý nào.</translation>
    </message>
    <message>
        <source>Unemployment volatility</source>
        <translation>Độ biến động thất nghiệp</translation>
    </message>
    <message>
        <source>Annual standard deviation of the shock to the unemployment rate.</source>
        <translation>Độ lệch chuẩn hằng năm của cú sốc đối với tỷ lệ thất nghiệp.</translation>
    </message>
    <message>
        <source>Unemployment persistence</source>
        <translation>Độ dai dẳng của thất nghiệp</translation>
    </message>
    <message>
        <source>Annual AR(1) coefficient of the unemployment shock.</source>
        <translation>Hệ số AR(1) hằng năm của cú sốc thất nghiệp.</translation>
    </message>
    <message>
        <source>Return volatility</source>
        <translation>Độ biến động lợi nhuận</translation>
    </message>
    <message>
        <source>Annual standard deviation of the reserve&apos;s return.</source>
        <translation>Độ lệch chuẩn hằng năm của lợi nhuận quỹ dự phòng.</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Có việc làm</translation>
    </message>
    <message>
        <source>Legally covered</source>
        <translation>Thuộc diện theo luật</translation>
    </message>
    <message>
        <source>Insured (contributing)</source>
        <translation>Người tham gia bảo hiểm (có đóng)</translation>
    </message>
    <message>
        <source>Job losers among the insured</source>
        <translation>Người tham gia bảo hiểm bị mất việc</translation>
    </message>
    <message>
        <source>Claim benefit</source>
        <translation>Đề nghị hưởng trợ cấp</translation>
    </message>
    <message>
        <source>Still unemployed after the waiting days</source>
        <translation>Vẫn thất nghiệp sau thời gian chờ</translation>
    </message>
    <message>
        <source>1. Diagnose the labour market</source>
        <translation>1. Đánh giá thị trường lao động</translation>
    </message>
    <message>
        <source>2. Choose the parameters</source>
        <translation>2. Lựa chọn tham số</translation>
    </message>
    <message>
        <source>3. Cost them</source>
        <translation>3. Tính chi phí</translation>
    </message>
    <message>
        <source>4. Stress them</source>
        <translation>4. Kiểm tra sức chịu đựng</translation>
    </message>
    <message>
        <source>5. Finance them</source>
        <translation>5. Bảo đảm tài chính</translation>
    </message>
    <message>
        <source>6. Extend coverage</source>
        <translation>6. Mở rộng độ bao phủ</translation>
    </message>
    <message>
        <source>Separation factor</source>
        <translation>Hệ số mất việc</translation>
    </message>
    <message>
        <source>Multiplies the job losses of the insured: a claims shock the unemployment rate does not show (job-retention schemes ending, mass lay-offs in a sector); 1 means none.</source>
        <translation>Nhân số người tham gia bảo hiểm bị mất việc: một cú sốc về số hồ sơ hưởng mà tỷ lệ thất nghiệp không thể hiện (chấm dứt các chương trình duy trì việc làm, sa thải hàng loạt trong một ngành); 1 nghĩa là không có.</translation>
    </message>
    <message>
        <source>Flow model</source>
        <translation>Mô hình dòng lao động</translation>
    </message>
    <message>
        <source>steady_state: job losses keep unemployment where it is each year; dynamic: adds the job losses that make unemployment rise (and removes those that make it fall).</source>
        <translation>steady_state: số người mất việc giữ thất nghiệp ở mức của từng năm; dynamic: cộng thêm số người mất việc làm thất nghiệp tăng (và bớt đi số làm thất nghiệp giảm).</translation>
    </message>
    <message>
        <source>State&apos;s share of benefits</source>
        <translation>Phần trợ cấp do Nhà nước chi trả</translation>
    </message>
    <message>
        <source>Share of benefit spending that the state pays into the fund (Japan paid a quarter of the basic allowance); income of the fund.</source>
        <translation>Tỷ lệ chi trợ cấp mà Nhà nước nộp vào quỹ (Nhật Bản từng chi trả một phần tư trợ cấp cơ bản); là một khoản thu của quỹ.</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Hình thức tham gia</translation>
    </message>
    <message>
        <source>mandatory: the law obliges the group to contribute; voluntary: members join by choice (participation).</source>
        <translation>mandatory: luật buộc nhóm phải đóng; voluntary: thành viên tự chọn tham gia (tỷ lệ tham gia).</translation>
    </message>
    <message>
        <source>Share of the employed</source>
        <translation>Tỷ trọng trong số người có việc làm</translation>
    </message>
    <message>
        <source>Size of the group: its share of all employed persons.</source>
        <translation>Quy mô của nhóm: tỷ trọng của nhóm trong tổng số người có việc làm.</translation>
    </message>
    <message>
        <source>Relative unemployment</source>
        <translation>Thất nghiệp tương đối</translation>
    </message>
    <message>
        <source>The group&apos;s unemployment rate relative to the national rate (1: the same).</source>
        <translation>Tỷ lệ thất nghiệp của nhóm so với tỷ lệ chung của cả nước (1: bằng nhau).</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Tỷ lệ tham gia</translation>
    </message>
    <message>
        <source>Voluntary groups: share of the legally covered who join and contribute.</source>
        <translation>Nhóm tự nguyện: tỷ lệ người thuộc diện theo luật thực sự tham gia và đóng.</translation>
    </message>
    <message>
        <source>Members&apos; relative risk</source>
        <translation>Rủi ro tương đối của thành viên</translation>
    </message>
    <message>
        <source>Job-loss risk of the group&apos;s insured members relative to the whole group; above 1 when those who join a voluntary scheme are those most at risk (adverse selection).</source>
        <translation>Rủi ro mất việc của các thành viên tham gia bảo hiểm so với toàn nhóm; lớn hơn 1 khi những người tham gia chế độ tự nguyện là những người rủi ro nhất (lựa chọn bất lợi).</translation>
    </message>
    <message>
        <source>Contribution base</source>
        <translation>Căn cứ đóng</translation>
    </message>
    <message>
        <source>wage: a rate on wages; declared_income: a rate on an income the member declares; flat: a fixed amount per member per month.</source>
        <translation>wage: tỷ lệ trên tiền lương; declared_income: tỷ lệ trên thu nhập do thành viên kê khai; flat: một khoản cố định cho mỗi thành viên mỗi tháng.</translation>
    </message>
    <message>
        <source>Relative wage</source>
        <translation>Tiền lương tương đối</translation>
    </message>
    <message>
        <source>The group&apos;s mean wage relative to the mean insured wage of the scheme.</source>
        <translation>Tiền lương bình quân của nhóm so với tiền lương đóng bảo hiểm bình quân của chế độ.</translation>
    </message>
    <message>
        <source>Declared income</source>
        <translation>Thu nhập kê khai</translation>
    </message>
    <message>
        <source>Mean monthly income members declare (bases declared_income and flat); 0: the group&apos;s mean wage. Indexed as the contribution thresholds.</source>
        <translation>Thu nhập bình quân hằng tháng thành viên kê khai (căn cứ declared_income và flat); 0: tiền lương bình quân của nhóm. Được điều chỉnh như các ngưỡng đóng.</translation>
    </message>
    <message>
        <source>Flat contribution</source>
        <translation>Mức đóng cố định</translation>
    </message>
    <message>
        <source>Contribution per member per month under the flat base, paid by the member; indexed as the contribution thresholds.</source>
        <translation>Mức đóng cho mỗi thành viên mỗi tháng theo căn cứ cố định, do thành viên đóng; được điều chỉnh như các ngưỡng đóng.</translation>
    </message>
    <message>
        <source>State subsidy of contributions</source>
        <translation>Nhà nước hỗ trợ tiền đóng</translation>
    </message>
    <message>
        <source>Share of a low-income member&apos;s own contribution that the state pays.</source>
        <translation>Phần tiền đóng của thành viên thu nhập thấp do Nhà nước chi trả.</translation>
    </message>
    <message>
        <source>Subsidy income limit</source>
        <translation>Ngưỡng thu nhập được hỗ trợ</translation>
    </message>
    <message>
        <source>Members whose income is below this are subsidised; 0: every member. Indexed as the contribution thresholds.</source>
        <translation>Thành viên có thu nhập dưới mức này được hỗ trợ; 0: mọi thành viên. Được điều chỉnh như các ngưỡng đóng.</translation>
    </message>
    <message>
        <source>Departure rate</source>
        <translation>Tỷ lệ xuất cảnh</translation>
    </message>
    <message>
        <source>Migrant workers: monthly probability that a beneficiary leaves the country, after which nothing is paid.</source>
        <translation>Lao động di cư: xác suất hằng tháng một người hưởng rời khỏi đất nước, sau đó không được chi trả gì nữa.</translation>
    </message>
    <message>
        <source>Return on job loss</source>
        <translation>Về nước khi mất việc</translation>
    </message>
    <message>
        <source>Migrant workers: share of those who lose their job who return home at once and never claim.</source>
        <translation>Lao động di cư: tỷ lệ người mất việc về nước ngay và không bao giờ đề nghị hưởng.</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>GDP</translation>
    </message>
    <message>
        <source>Nominal gross domestic product in the start year; 0: not given, and the package&apos;s costs are not shown as a share of GDP.</source>
        <translation>Tổng sản phẩm trong nước (GDP) danh nghĩa trong năm bắt đầu; 0: không cung cấp, khi đó chi phí của gói chính sách không được thể hiện theo tỷ lệ GDP.</translation>
    </message>
    <message>
        <source>GDP growth</source>
        <translation>Tăng trưởng GDP</translation>
    </message>
    <message>
        <source>Annual growth of nominal GDP, from the second year on.</source>
        <translation>Mức tăng hằng năm của GDP danh nghĩa, từ năm thứ hai trở đi.</translation>
    </message>
    <message>
        <source>Government expenditure</source>
        <translation>Chi tiêu chính phủ</translation>
    </message>
    <message>
        <source>General government expenditure as a share of GDP; 0: not given.</source>
        <translation>Chi tiêu của khu vực chính phủ chung tính theo tỷ lệ GDP; 0: không cung cấp.</translation>
    </message>
    <message>
        <source>Severance formula</source>
        <translation>Công thức trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>none: no severance pay in the package; per_year: months of wage per year of service; steps: months of wage by steps of service.</source>
        <translation>none: gói chính sách không có trợ cấp thôi việc; per_year: số tháng lương cho mỗi năm làm việc; steps: số tháng lương theo từng bậc thâm niên.</translation>
    </message>
    <message>
        <source>Months per year of service</source>
        <translation>Số tháng cho mỗi năm làm việc</translation>
    </message>
    <message>
        <source>Months of wage paid per year of service counted (per_year formula).</source>
        <translation>Số tháng lương được trả cho mỗi năm làm việc được tính (công thức per_year).</translation>
    </message>
    <message>
        <source>Least severance</source>
        <translation>Trợ cấp thôi việc tối thiểu</translation>
    </message>
    <message>
        <source>The least paid, in months of wage, to a qualifying worker with some service counted; 0: none.</source>
        <translation>Mức thấp nhất được trả, tính bằng tháng lương, cho người lao động đủ điều kiện có thời gian làm việc được tính; 0: không có.</translation>
    </message>
    <message>
        <source>Most severance</source>
        <translation>Trợ cấp thôi việc tối đa</translation>
    </message>
    <message>
        <source>The most paid, in months of wage; 0: none.</source>
        <translation>Mức cao nhất được trả, tính bằng tháng lương; 0: không có.</translation>
    </message>
    <message>
        <source>Service of each step</source>
        <translation>Thâm niên của từng bậc</translation>
    </message>
    <message>
        <source>Years of service from which each step applies, increasing (steps formula).</source>
        <translation>Số năm làm việc mà từ đó mỗi bậc được áp dụng, tăng dần (công thức steps).</translation>
    </message>
    <message>
        <source>Months of each step</source>
        <translation>Số tháng của từng bậc</translation>
    </message>
    <message>
        <source>Months of wage paid from each step&apos;s service on (steps formula).</source>
        <translation>Số tháng lương được trả kể từ thâm niên của mỗi bậc (công thức steps).</translation>
    </message>
    <message>
        <source>Qualifying service</source>
        <translation>Thâm niên tối thiểu để hưởng</translation>
    </message>
    <message>
        <source>Service below which no severance is paid, in years.</source>
        <translation>Thời gian làm việc mà dưới mức đó thì không được trả trợ cấp thôi việc, tính bằng năm.</translation>
    </message>
    <message>
        <source>Service of those separated</source>
        <translation>Thâm niên của người mất việc</translation>
    </message>
    <message>
        <source>exponential: given by its mean; table: shares of those separated in bands of service.</source>
        <translation>exponential: xác định bởi giá trị bình quân; table: tỷ lệ người mất việc trong từng khoảng thâm niên.</translation>
    </message>
    <message>
        <source>Mean service</source>
        <translation>Thâm niên bình quân</translation>
    </message>
    <message>
        <source>Mean years of service of the workers separated (exponential distribution).</source>
        <translation>Số năm làm việc bình quân của người lao động mất việc (phân phối exponential).</translation>
    </message>
    <message>
        <source>Service bands</source>
        <translation>Các khoảng thâm niên</translation>
    </message>
    <message>
        <source>Upper ends of the bands of service, increasing; the first band starts at 0 (table distribution).</source>
        <translation>Cận trên của các khoảng thâm niên, tăng dần; khoảng đầu tiên bắt đầu từ 0 (phân phối table).</translation>
    </message>
    <message>
        <source>Shares of the bands</source>
        <translation>Tỷ lệ của các khoảng</translation>
    </message>
    <message>
        <source>Share of the workers separated in each band of service, spread evenly within it; they sum to 1.</source>
        <translation>Tỷ lệ người lao động mất việc trong mỗi khoảng thâm niên, phân bố đều trong khoảng đó; tổng các tỷ lệ bằng 1.</translation>
    </message>
    <message>
        <source>Covered by severance law</source>
        <translation>Thuộc diện luật trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Share of wage employees whom the severance law covers.</source>
        <translation>Tỷ lệ người làm công ăn lương thuộc diện quy định về trợ cấp thôi việc điều chỉnh.</translation>
    </message>
    <message>
        <source>Qualifying separations</source>
        <translation>Trường hợp mất việc đủ điều kiện</translation>
    </message>
    <message>
        <source>Share of separations that entitle to severance: dismissal without fault, end of contract, closure.</source>
        <translation>Tỷ lệ các trường hợp mất việc được hưởng trợ cấp thôi việc: bị cho thôi việc không do lỗi của người lao động, hết hạn hợp đồng, doanh nghiệp đóng cửa.</translation>
    </message>
    <message>
        <source>Share actually paid</source>
        <translation>Tỷ lệ thực trả</translation>
    </message>
    <message>
        <source>Share of the severance due that employers actually pay; insolvency and non-compliance make it low in practice.</source>
        <translation>Tỷ lệ trợ cấp thôi việc phải trả mà người sử dụng lao động thực sự chi trả; tình trạng mất khả năng thanh toán và không tuân thủ khiến tỷ lệ này thấp trong thực tế.</translation>
    </message>
    <message>
        <source>Offset of insured years</source>
        <translation>Khấu trừ số năm đóng bảo hiểm</translation>
    </message>
    <message>
        <source>none: every year of service counts; insured_years: years insured against unemployment are not counted, as in Viet Nam.</source>
        <translation>none: mọi năm làm việc đều được tính; insured_years: các năm đã tham gia bảo hiểm thất nghiệp không được tính, như ở Việt Nam.</translation>
    </message>
    <message>
        <source>Insured since</source>
        <translation>Tham gia bảo hiểm từ năm</translation>
    </message>
    <message>
        <source>First calendar year of insured service deducted; 0: the first projected year.</source>
        <translation>Năm dương lịch đầu tiên của thời gian đóng bảo hiểm được khấu trừ; 0: năm dự báo đầu tiên.</translation>
    </message>
    <message>
        <source>Severance fund rate</source>
        <translation>Tỷ lệ đóng quỹ trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Employers&apos; contribution to a severance fund, of the covered wages; the fund pays severance while it can.</source>
        <translation>Phần đóng của người sử dụng lao động vào quỹ trợ cấp thôi việc, tính theo tỷ lệ trên tiền lương thuộc diện áp dụng; quỹ chi trả trợ cấp thôi việc trong khả năng của mình.</translation>
    </message>
    <message>
        <source>Severance fund at the start</source>
        <translation>Quỹ trợ cấp thôi việc ban đầu</translation>
    </message>
    <message>
        <source>Balance of the severance fund at the start.</source>
        <translation>Số dư quỹ trợ cấp thôi việc lúc bắt đầu dự báo.</translation>
    </message>
    <message>
        <source>Savings accounts</source>
        <translation>Tài khoản tiết kiệm thất nghiệp</translation>
    </message>
    <message>
        <source>none: no accounts in the package; individual: each insured worker saves in an unemployment account.</source>
        <translation>none: gói chính sách không có tài khoản; individual: mỗi người lao động tham gia bảo hiểm tiết kiệm vào một tài khoản tiết kiệm thất nghiệp.</translation>
    </message>
    <message>
        <source>Worker&apos;s rate to the account</source>
        <translation>Tỷ lệ đóng của người lao động vào tài khoản</translation>
    </message>
    <message>
        <source>Worker&apos;s contribution to the own account, of contributory wages.</source>
        <translation>Phần đóng của người lao động vào tài khoản của chính mình, tính theo tỷ lệ trên tiền lương làm căn cứ đóng.</translation>
    </message>
    <message>
        <source>Employer&apos;s rate to the account</source>
        <translation>Tỷ lệ đóng của người sử dụng lao động vào tài khoản</translation>
    </message>
    <message>
        <source>Employer&apos;s contribution to the worker&apos;s account, of contributory wages.</source>
        <translation>Phần đóng của người sử dụng lao động vào tài khoản của người lao động, tính theo tỷ lệ trên tiền lương làm căn cứ đóng.</translation>
    </message>
    <message>
        <source>Employer&apos;s rate to the solidarity fund</source>
        <translation>Tỷ lệ đóng của người sử dụng lao động vào quỹ đoàn kết</translation>
    </message>
    <message>
        <source>Employers&apos; contribution to the solidarity fund, of contributory wages.</source>
        <translation>Phần đóng của người sử dụng lao động vào quỹ đoàn kết, tính theo tỷ lệ trên tiền lương làm căn cứ đóng.</translation>
    </message>
    <message>
        <source>State&apos;s contribution to the solidarity fund</source>
        <translation>Phần đóng góp của Nhà nước vào quỹ đoàn kết</translation>
    </message>
    <message>
        <source>The state&apos;s yearly contribution to the solidarity fund.</source>
        <translation>Khoản đóng góp hằng năm của Nhà nước vào quỹ đoàn kết.</translation>
    </message>
    <message>
        <source>Return on the accounts</source>
        <translation>Lợi nhuận của tài khoản</translation>
    </message>
    <message>
        <source>Annual return credited to the accounts and the solidarity fund.</source>
        <translation>Lợi nhuận hằng năm được ghi có vào các tài khoản và quỹ đoàn kết.</translation>
    </message>
    <message>
        <source>Withdrawal rates</source>
        <translation>Tỷ lệ rút</translation>
    </message>
    <message>
        <source>Monthly withdrawal as a share of the wage, by month of unemployment; the last value repeats.</source>
        <translation>Số tiền rút hằng tháng tính theo tỷ lệ trên tiền lương, theo từng tháng thất nghiệp; giá trị cuối cùng được lặp lại.</translation>
    </message>
    <message>
        <source>Withdrawal months</source>
        <translation>Số tháng rút</translation>
    </message>
    <message>
        <source>Months of withdrawals in a spell of unemployment.</source>
        <translation>Số tháng được rút tiền trong một đợt thất nghiệp.</translation>
    </message>
    <message>
        <source>Qualifying job losses</source>
        <translation>Trường hợp mất việc được rút tiền</translation>
    </message>
    <message>
        <source>Share of members&apos; job losses that allow withdrawals.</source>
        <translation>Tỷ lệ các trường hợp mất việc của thành viên cho phép rút tiền.</translation>
    </message>
    <message>
        <source>Topped up by the solidarity fund</source>
        <translation>Được quỹ đoàn kết bù thêm</translation>
    </message>
    <message>
        <source>Share of those withdrawing whom the solidarity fund tops up when the account runs short.</source>
        <translation>Tỷ lệ người rút tiền được quỹ đoàn kết bù thêm khi tài khoản không còn đủ.</translation>
    </message>
    <message>
        <source>Retiring each year</source>
        <translation>Nghỉ hưu mỗi năm</translation>
    </message>
    <message>
        <source>Share of account holders who retire each year and take their balance.</source>
        <translation>Tỷ lệ chủ tài khoản nghỉ hưu mỗi năm và rút toàn bộ số dư.</translation>
    </message>
    <message>
        <source>Accounts at the start</source>
        <translation>Số dư tài khoản ban đầu</translation>
    </message>
    <message>
        <source>All accounts together at the start.</source>
        <translation>Tổng số dư của mọi tài khoản lúc bắt đầu dự báo.</translation>
    </message>
    <message>
        <source>Solidarity fund at the start</source>
        <translation>Quỹ đoàn kết ban đầu</translation>
    </message>
    <message>
        <source>Balance of the solidarity fund at the start.</source>
        <translation>Số dư quỹ đoàn kết lúc bắt đầu dự báo.</translation>
    </message>
    <message>
        <source>Assistance benefit</source>
        <translation>Khoản trợ giúp thất nghiệp</translation>
    </message>
    <message>
        <source>none: no assistance in the package; flat: a fixed monthly amount; poverty_line_share: a share of the poverty line.</source>
        <translation>none: gói chính sách không có trợ giúp thất nghiệp; flat: một khoản cố định hằng tháng; poverty_line_share: một tỷ lệ của chuẩn nghèo.</translation>
    </message>
    <message>
        <source>Assistance amount</source>
        <translation>Mức trợ giúp</translation>
    </message>
    <message>
        <source>Monthly assistance benefit in start-year prices, indexed to prices (flat benefit).</source>
        <translation>Khoản trợ giúp hằng tháng theo giá năm bắt đầu, được chỉ số hóa theo giá (hình thức flat).</translation>
    </message>
    <message>
        <source>Poverty line</source>
        <translation>Chuẩn nghèo</translation>
    </message>
    <message>
        <source>Monthly poverty line in start-year prices, indexed to prices.</source>
        <translation>Chuẩn nghèo theo tháng tính theo giá năm bắt đầu, được chỉ số hóa theo giá.</translation>
    </message>
    <message>
        <source>Share of the poverty line</source>
        <translation>Tỷ lệ so với chuẩn nghèo</translation>
    </message>
    <message>
        <source>The benefit as a share of the poverty line.</source>
        <translation>Mức trợ giúp tính theo tỷ lệ so với chuẩn nghèo.</translation>
    </message>
    <message>
        <source>Qualifying newly unemployed</source>
        <translation>Người mới thất nghiệp đủ điều kiện</translation>
    </message>
    <message>
        <source>Share of the newly unemployed without insurance who qualify: they lost their job and look for work.</source>
        <translation>Tỷ lệ người mới thất nghiệp không có bảo hiểm đủ điều kiện: họ bị mất việc và đang tìm việc làm.</translation>
    </message>
    <message>
        <source>Passing the means test</source>
        <translation>Đạt yêu cầu kiểm tra thu nhập</translation>
    </message>
    <message>
        <source>Share of those qualifying who pass the means test.</source>
        <translation>Tỷ lệ người đủ điều kiện đạt yêu cầu kiểm tra thu nhập.</translation>
    </message>
    <message>
        <source>Assistance take-up</source>
        <translation>Tỷ lệ đề nghị hưởng trợ giúp</translation>
    </message>
    <message>
        <source>Share of those entitled who claim.</source>
        <translation>Tỷ lệ người có quyền hưởng nộp hồ sơ đề nghị hưởng.</translation>
    </message>
    <message>
        <source>Assistance duration</source>
        <translation>Thời gian hưởng trợ giúp</translation>
    </message>
    <message>
        <source>Longest spell of assistance, in months.</source>
        <translation>Thời gian hưởng trợ giúp dài nhất, tính bằng tháng.</translation>
    </message>
    <message>
        <source>Assistance administration</source>
        <translation>Chi phí quản lý trợ giúp</translation>
    </message>
    <message>
        <source>Cost of administering assistance and its means test, as a share of its benefits.</source>
        <translation>Chi phí quản lý trợ giúp thất nghiệp và việc kiểm tra thu nhập, tính theo tỷ lệ trên số tiền trợ giúp.</translation>
    </message>
    <message>
        <source>Severance pay</source>
        <translation>Trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Unemployment assistance</source>
        <translation>Trợ giúp thất nghiệp</translation>
    </message>
</context>
<context>
    <name>tideover::core::standards</name>
    <message>
        <source>coverage</source>
        <translation>độ bao phủ</translation>
    </message>
    <message>
        <source>benefit level</source>
        <translation>mức trợ cấp</translation>
    </message>
    <message>
        <source>benefit level (first month)</source>
        <translation>mức trợ cấp (tháng đầu)</translation>
    </message>
    <message>
        <source>benefit level (average)</source>
        <translation>mức trợ cấp (bình quân)</translation>
    </message>
    <message>
        <source>waiting period</source>
        <translation>thời gian chờ</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>thời gian hưởng</translation>
    </message>
    <message>
        <source>qualifying period</source>
        <translation>thời gian đóng tối thiểu</translation>
    </message>
    <message>
        <source>financial equilibrium</source>
        <translation>cân đối tài chính</translation>
    </message>
    <message>
        <source>At least 50 % of all employees must be protected; the law covers %1 of wage employees in %2.</source>
        <translation>Ít nhất 50 % tổng số người làm công ăn lương phải được bảo vệ; luật bao phủ %1 người làm công ăn lương năm %2.</translation>
    </message>
    <message>
        <source>At least 85 % of all employees, public employees and apprentices included, must be protected; the law covers %1 of wage employees in %2.</source>
        <translation>Ít nhất 85 % tổng số người làm công ăn lương, kể cả công chức và người học nghề, phải được bảo vệ; luật bao phủ %1 người làm công ăn lương năm %2.</translation>
    </message>
    <message>
        <source>This is legal coverage; effective coverage (the share of the unemployed who draw benefit, in the projection&apos;s effective_coverage) is far lower, as compliance, the qualifying conditions and take-up reduce it.</source>
        <translation>Đây là độ bao phủ theo luật; độ bao phủ thực tế (tỷ lệ người thất nghiệp được hưởng trợ cấp, cột effective_coverage của dự báo) thấp hơn nhiều, do tỷ lệ tuân thủ, các điều kiện hưởng và tỷ lệ đề nghị hưởng làm giảm nó.</translation>
    </message>
    <message>
        <source>The scenario gives no replacement rate or duration.</source>
        <translation>Kịch bản không có tỷ lệ hưởng hoặc thời gian hưởng.</translation>
    </message>
    <message>
        <source>At least 45 % of previous earnings (with Art. 65-67); the first month pays %1 of the reference wage.</source>
        <translation>Ít nhất 45 % thu nhập trước đó (theo Điều 65-67); tháng đầu chi trả %1 tiền lương tham chiếu.</translation>
    </message>
    <message>
        <source>At least 50 % of previous earnings; the first month pays %1 of the reference wage.</source>
        <translation>Ít nhất 50 % thu nhập trước đó; tháng đầu chi trả %1 tiền lương tham chiếu.</translation>
    </message>
    <message>
        <source>A wage ceiling or benefit maximum lowers the rate for higher earners; the conventions measure it for a standard beneficiary (Art. 65-67 of C102), which is not assessed here.</source>
        <translation>Mức lương tối đa làm căn cứ đóng hoặc mức trợ cấp tối đa làm giảm tỷ lệ hưởng của người có thu nhập cao; các công ước đo lường điều này cho một người hưởng điển hình (Điều 65-67 của C102), nội dung không được đánh giá ở đây.</translation>
    </message>
    <message>
        <source>At least 45 % of previous earnings; the replacement rate averages %1 over the longest duration of %2 months.</source>
        <translation>Ít nhất 45 % thu nhập trước đó; tỷ lệ hưởng bình quân là %1 trong thời gian hưởng dài nhất là %2 tháng.</translation>
    </message>
    <message>
        <source>At least 50 % of previous earnings; the replacement rate averages %1 over the longest duration of %2 months.</source>
        <translation>Ít nhất 50 % thu nhập trước đó; tỷ lệ hưởng bình quân là %1 trong thời gian hưởng dài nhất là %2 tháng.</translation>
    </message>
    <message>
        <source>Benefit may be withheld for the first 7 days only; the scheme waits %1 day.</source>
        <translation>Chỉ được tạm không chi trả trợ cấp trong 7 ngày đầu; chế độ có thời gian chờ %1 ngày.</translation>
    </message>
    <message>
        <source>Benefit may be withheld for the first 7 days only; the scheme waits %1 days.</source>
        <translation>Chỉ được tạm không chi trả trợ cấp trong 7 ngày đầu; chế độ có thời gian chờ %1 ngày.</translation>
    </message>
    <message>
        <source>A waiting period of at most 7 days; the scheme waits %1 day.</source>
        <translation>Thời gian chờ tối đa 7 ngày; chế độ có thời gian chờ %1 ngày.</translation>
    </message>
    <message>
        <source>A waiting period of at most 7 days; the scheme waits %1 days.</source>
        <translation>Thời gian chờ tối đa 7 ngày; chế độ có thời gian chờ %1 ngày.</translation>
    </message>
    <message>
        <source>At least 13 weeks within 12 months; the longest duration class pays %1 months (%2 weeks).</source>
        <translation>Ít nhất 13 tuần trong 12 tháng; nhóm thời gian hưởng dài nhất chi trả %1 tháng (%2 tuần).</translation>
    </message>
    <message>
        <source>At least 13 weeks within 12 months; the longest duration class pays %1 months (%2 weeks), the shortest %3 months (%4 weeks).</source>
        <translation>Ít nhất 13 tuần trong 12 tháng; nhóm thời gian hưởng dài nhất chi trả %1 tháng (%2 tuần), ngắn nhất %3 tháng (%4 tuần).</translation>
    </message>
    <message>
        <source>At least 26 weeks per spell (or 39 weeks over 24 months); the longest duration class pays %1 months (%2 weeks).</source>
        <translation>Ít nhất 26 tuần cho mỗi lần thất nghiệp (hoặc 39 tuần trong 24 tháng); nhóm thời gian hưởng dài nhất chi trả %1 tháng (%2 tuần).</translation>
    </message>
    <message>
        <source>At least 26 weeks per spell (or 39 weeks over 24 months); the longest duration class pays %1 months (%2 weeks), the shortest %3 months (%4 weeks).</source>
        <translation>Ít nhất 26 tuần cho mỗi lần thất nghiệp (hoặc 39 tuần trong 24 tháng); nhóm thời gian hưởng dài nhất chi trả %1 tháng (%2 tuần), ngắn nhất %3 tháng (%4 tuần).</translation>
    </message>
    <message>
        <source>As long as needed to preclude abuse: a judgement, not a figure. The model&apos;s contribution_condition_share (%1 of qualifying job losers meet it) measures its effect, not its length.</source>
        <translation>Đủ dài để ngăn ngừa lạm dụng: một sự đánh giá, không phải một con số. Tham số contribution_condition_share của mô hình (%1 người mất việc có lý do đủ điều kiện đáp ứng điều kiện này) đo tác động của nó, không đo độ dài.</translation>
    </message>
    <message>
        <source>As long as needed to prevent abuse: a judgement, not a figure.</source>
        <translation>Đủ dài để phòng ngừa lạm dụng: một sự đánh giá, không phải một con số.</translation>
    </message>
    <message>
        <source>Periodic actuarial studies of financial equilibrium, and before any change of benefits or contributions: a projection like this one is such a study; the convention sets no figure.</source>
        <translation>Nghiên cứu tính toán bảo hiểm định kỳ về cân đối tài chính, và trước mọi thay đổi về trợ cấp hoặc mức đóng: một dự báo như thế này là một nghiên cứu như vậy; công ước không đặt ra con số nào.</translation>
    </message>
</context>
<context>
    <name>tideover::core::validation</name>
    <message>
        <source>no value given; give at least one</source>
        <translation>chưa có giá trị; hãy nhập ít nhất một giá trị</translation>
    </message>
    <message>
        <source>value %1 is out of range; allowed: %2</source>
        <translation>giá trị %1 nằm ngoài phạm vi; cho phép: %2</translation>
    </message>
    <message>
        <source>value %1 is out of range; allowed: %2 (a fraction: 0.6 means 60 %)</source>
        <translation>giá trị %1 nằm ngoài phạm vi; cho phép: %2 (một tỷ lệ: 0.6 nghĩa là 60 %)</translation>
    </message>
    <message>
        <source>value %1 (year %2) is out of range; allowed: %3</source>
        <translation>giá trị %1 (năm %2) nằm ngoài phạm vi; cho phép: %3</translation>
    </message>
    <message>
        <source>value %1 (year %2) is out of range; allowed: %3 (a fraction: 0.6 means 60 %)</source>
        <translation>giá trị %1 (năm %2) nằm ngoài phạm vi; cho phép: %3 (một tỷ lệ: 0.6 nghĩa là 60 %)</translation>
    </message>
    <message>
        <source>value %1 (item %2) is out of range; allowed: %3</source>
        <translation>giá trị %1 (phần tử %2) nằm ngoài phạm vi; cho phép: %3</translation>
    </message>
    <message>
        <source>value %1 (item %2) is out of range; allowed: %3 (a fraction: 0.6 means 60 %)</source>
        <translation>giá trị %1 (phần tử %2) nằm ngoài phạm vi; cho phép: %3 (một tỷ lệ: 0.6 nghĩa là 60 %)</translation>
    </message>
    <message>
        <source>required, but no value is given; allowed: %1</source>
        <translation>bắt buộc nhưng chưa có giá trị; cho phép: %1</translation>
    </message>
    <message>
        <source>required, but no value is given; allowed: %1 (a fraction: 0.6 means 60 %)</source>
        <translation>bắt buộc nhưng chưa có giá trị; cho phép: %1 (một tỷ lệ: 0.6 nghĩa là 60 %)</translation>
    </message>
    <message>
        <source>%1 yearly values are given but the horizon is %2 years; values after %3 are not used</source>
        <translation>có %1 giá trị theo năm nhưng kỳ dự báo là %2 năm; các giá trị sau năm %3 không được dùng</translation>
    </message>
    <message>
        <source>%1 shares are given for %2 duration classes; give one share per entry of benefits.duration_months</source>
        <translation>có %1 tỷ trọng cho %2 nhóm thời gian hưởng; hãy nhập một tỷ trọng cho mỗi giá trị của benefits.duration_months</translation>
    </message>
    <message>
        <source>the shares sum to %1; they must sum to 1</source>
        <translation>tổng các tỷ trọng là %1; tổng phải bằng 1</translation>
    </message>
    <message>
        <source>%1 monthly rates are given but benefit lasts at most %2 months; rates after month %3 are not used</source>
        <translation>có %1 tỷ lệ hưởng theo tháng nhưng trợ cấp kéo dài tối đa %2 tháng; các tỷ lệ sau tháng %3 không được dùng</translation>
    </message>
    <message>
        <source>value %1 (year %2) is below %3 %4; where both are set the maximum must be at least the minimum</source>
        <translation>giá trị %1 (năm %2) thấp hơn %3 %4; khi cả hai đều được đặt, mức tối đa phải ít nhất bằng mức tối thiểu</translation>
    </message>
    <message>
        <source>value %1 must be greater than financing.lower_ratio (%2)</source>
        <translation>giá trị %1 phải lớn hơn financing.lower_ratio (%2)</translation>
    </message>
    <message>
        <source>value %1 is below financing.min_rate (%2)</source>
        <translation>giá trị %1 thấp hơn financing.min_rate (%2)</translation>
    </message>
    <message>
        <source>with a job-finding rate of %1 an unemployment rate of %2 (year %3) means a monthly separation rate of %4, above 1: more insured lose their job each month than there are insured</source>
        <translation>với tỷ lệ tìm được việc làm %1, tỷ lệ thất nghiệp %2 (năm %3) cho tỷ lệ mất việc hằng tháng là %4, lớn hơn 1: số người tham gia bảo hiểm mất việc mỗi tháng nhiều hơn tổng số người tham gia</translation>
    </message>
    <message>
        <source>administration and active labour-market spending together take %1 of contributions, so contributions cannot finance benefits</source>
        <translation>chi phí quản lý và chi cho chính sách thị trường lao động chủ động chiếm tổng cộng %1 số tiền đóng, nên số tiền đóng không thể chi trả trợ cấp</translation>
    </message>
    <message>
        <source>no currency code is given; amounts are shown in LCU</source>
        <translation>chưa có mã tiền tệ; số tiền được hiển thị theo LCU</translation>
    </message>
    <message>
        <source>%1 takes no dated changes; only series keys and the benefit rule do</source>
        <translation>%1 không nhận thay đổi theo năm; chỉ các tham số theo năm và quy tắc trợ cấp mới nhận</translation>
    </message>
    <message>
        <source>the year %1 is not a calendar year in %2..%3</source>
        <translation>năm %1 không phải là năm dương lịch trong khoảng %2..%3</translation>
    </message>
    <message>
        <source>a dated change holds one value, not %1; give each year its own change</source>
        <translation>một thay đổi theo năm chỉ có một giá trị, không phải %1; hãy cho mỗi năm một thay đổi riêng</translation>
    </message>
    <message>
        <source>the change from %1 comes after the horizon (the last projected year is %2) and has no effect</source>
        <translation>thay đổi từ năm %1 nằm sau kỳ dự báo (năm dự báo cuối cùng là %2) nên không có tác dụng</translation>
    </message>
    <message>
        <source>the scenario holds %1 dated changes; at most %2 are allowed</source>
        <translation>kịch bản có %1 thay đổi theo năm; tối đa cho phép là %2</translation>
    </message>
    <message>
        <source>the benefit rule for claims from %1 has %2 duration shares for %3 duration classes; give one share per duration class</source>
        <translation>quy tắc trợ cấp cho các hồ sơ từ năm %1 có %2 tỷ lệ cho %3 nhóm thời hạn; hãy cho mỗi nhóm thời hạn một tỷ lệ</translation>
    </message>
    <message>
        <source>the duration shares of the benefit rule for claims from %1 sum to %2; they must sum to 1</source>
        <translation>tổng các tỷ lệ nhóm thời hạn của quy tắc trợ cấp cho hồ sơ từ năm %1 là %2; tổng phải bằng 1</translation>
    </message>
    <message>
        <source>the scenario has %1 further groups; at most %2 are allowed</source>
        <translation>kịch bản có %1 nhóm bổ sung; tối đa cho phép là %2</translation>
    </message>
    <message>
        <source>the group name %1 is not allowed; a name is 1 to 32 lower-case letters, digits and _, starting with a letter, and not main, total or all</source>
        <translation>tên nhóm %1 không hợp lệ; tên gồm 1 đến 32 chữ thường, chữ số và _, bắt đầu bằng một chữ cái, và không được là main, total hay all</translation>
    </message>
    <message>
        <source>the group %1 is given twice</source>
        <translation>nhóm %1 được khai báo hai lần</translation>
    </message>
    <message>
        <source>the title is %1 characters long or holds a control character; at most %2 characters, on one line</source>
        <translation>tiêu đề dài %1 ký tự hoặc chứa ký tự điều khiển; tối đa %2 ký tự, trên một dòng</translation>
    </message>
    <message>
        <source>in %1 the groups together hold %2 of the employed (coverage.wage_employee_share plus every group&apos;s employed_share); at most 1</source>
        <translation>năm %1 các nhóm cộng lại chiếm %2 số người có việc làm (coverage.wage_employee_share cộng employed_share của mọi nhóm); tối đa là 1</translation>
    </message>
    <message>
        <source>%1 is not a key of a group</source>
        <translation>%1 không phải là khóa của một nhóm</translation>
    </message>
    <message>
        <source>%1 values are given for %2 entries of %3; give one per entry</source>
        <translation>có %1 giá trị cho %2 phần tử của %3; hãy nhập một giá trị cho mỗi phần tử</translation>
    </message>
    <message>
        <source>item %1 (%2) is not above item %3 (%4); the values must increase</source>
        <translation>phần tử %1 (%2) không lớn hơn phần tử %3 (%4); các giá trị phải tăng dần</translation>
    </message>
</context>
<context>
    <name>tideover::ui::Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không thể tạo thư mục %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>không thể ghi %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::BeneficiariesChart</name>
    <message>
        <source>Beneficiaries and coverage</source>
        <translation>Người hưởng và độ bao phủ</translation>
    </message>
    <message>
        <source>New claims in the year</source>
        <translation>Hồ sơ mới trong năm</translation>
    </message>
    <message>
        <source>Beneficiaries (average)</source>
        <translation>Người hưởng (bình quân)</translation>
    </message>
    <message>
        <source>Beneficiaries (average), all groups</source>
        <translation>Người hưởng (bình quân), mọi nhóm</translation>
    </message>
    <message>
        <source>Effective coverage (right axis)</source>
        <translation>Độ bao phủ thực tế (trục phải)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Effective coverage</source>
        <translation>Độ bao phủ thực tế</translation>
    </message>
    <message>
        <source>% of the unemployed</source>
        <translation>% số người thất nghiệp</translation>
    </message>
    <message>
        <source>Actual new claims</source>
        <translation>Hồ sơ mới thực tế</translation>
    </message>
    <message>
        <source>Actual beneficiaries</source>
        <translation>Người hưởng thực tế</translation>
    </message>
    <message>
        <source>Actual effective coverage</source>
        <translation>Độ bao phủ thực tế (số liệu thực)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ChartView</name>
    <message>
        <source>tn %1</source>
        <translation>nghìn tỷ %1</translation>
    </message>
    <message>
        <source>bn %1</source>
        <translation>tỷ %1</translation>
    </message>
    <message>
        <source>m %1</source>
        <translation>triệu %1</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>triệu</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>nghìn</translation>
    </message>
    <message>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Đặt lại khung nhìn</translation>
    </message>
    <message>
        <source>Show every year again (or double-click the chart)</source>
        <translation>Hiện lại mọi năm (hoặc nhấp đúp vào biểu đồ)</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Hình ảnh (PNG)…</translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation>Tài liệu (PDF)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Dữ liệu (CSV)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Save this chart as an image, a PDF or its data as CSV</source>
        <translation>Lưu biểu đồ này thành hình ảnh, PDF hoặc dữ liệu CSV</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Không có kết quả: kịch bản có lỗi</translation>
    </message>
    <message>
        <source>Results are out of date: fix the marked value</source>
        <translation>Kết quả đã cũ: hãy sửa giá trị được đánh dấu</translation>
    </message>
    <message>
        <source>Point at the chart to read a year&apos;s values. Drag to move through the years, scroll to zoom, double-click to see them all.</source>
        <translation>Trỏ vào biểu đồ để đọc số liệu của một năm. Kéo để di chuyển qua các năm, cuộn để phóng to, nhấp đúp để xem tất cả.</translation>
    </message>
    <message>
        <source>Could not write the image %1. Check that the folder exists and you may write to it.</source>
        <translation>Không thể ghi hình ảnh %1. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1. Check that the folder exists and you may write to it.</source>
        <translation>Không thể ghi tệp PDF %1. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>Export out-of-date results?</source>
        <translation>Xuất kết quả đã cũ?</translation>
    </message>
    <message>
        <source>The scenario has an error, so this chart shows the last valid results, not the current values. Export them anyway?</source>
        <translation>Kịch bản có lỗi nên biểu đồ này hiển thị kết quả hợp lệ gần nhất, không phải giá trị hiện tại. Vẫn xuất?</translation>
    </message>
    <message>
        <source>Export chart as image</source>
        <translation>Xuất biểu đồ thành hình ảnh</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Hình ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart as PDF</source>
        <translation>Xuất biểu đồ thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Xuất dữ liệu biểu đồ thành CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Actual (history)</source>
        <translation>Thực tế (lịch sử)</translation>
    </message>
    <message>
        <source>%1 (actual %2)</source>
        <translation>%1 (thực tế %2)</translation>
    </message>
    <message>
        <source>(actual %1)</source>
        <translation>(thực tế %1)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::CollapsibleSection</name>
    <message>
        <source>1 error</source>
        <translation>1 lỗi</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 lỗi</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 cảnh báo</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 cảnh báo</translation>
    </message>
    <message>
        <source>Fold this section away</source>
        <translation>Thu gọn mục này</translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation>Hiện mục này</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ComparisonChart</name>
    <message>
        <source>Compared scenarios</source>
        <translation>Các kịch bản được so sánh</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Tỷ lệ dự trữ</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>năm chi tiêu</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% tiền lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Mức đóng</translation>
    </message>
    <message>
        <source>Pin scenarios to compare them</source>
        <translation>Ghim các kịch bản để so sánh</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Không có kết quả: kịch bản có lỗi</translation>
    </message>
    <message>
        <source>The scenario being edited has errors: its line shows the last valid results</source>
        <translation>Kịch bản đang sửa có lỗi: đường của nó hiển thị kết quả hợp lệ gần nhất</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ComparisonSet</name>
    <message>
        <source>%1 (editing)</source>
        <translation>%1 (đang sửa)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>“%1” has errors, so it has no results to compare: %2</source>
        <translation>“%1” có lỗi nên không có kết quả để so sánh: %2</translation>
    </message>
    <message>
        <source>The pinned scenarios of the last session could not be read (%1).</source>
        <translation>Không đọc được các kịch bản đã ghim của phiên làm việc trước (%1).</translation>
    </message>
    <message>
        <source>A pinned scenario of the last session could not be restored: %1.</source>
        <translation>Không khôi phục được một kịch bản đã ghim của phiên làm việc trước: %1.</translation>
    </message>
    <message>
        <source>%1 pinned scenarios of the last session could not be restored: %2.</source>
        <translation>Không khôi phục được %1 kịch bản đã ghim của phiên làm việc trước: %2.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ComparisonView</name>
    <message>
        <source>&lt;b&gt;Pinned scenarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kịch bản đã ghim&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Pin current</source>
        <translation>Ghim kịch bản hiện tại</translation>
    </message>
    <message>
        <source>Keep a snapshot of the scenario as it is now, to compare with later edits</source>
        <translation>Lưu ảnh chụp kịch bản như hiện tại để so sánh với các thay đổi sau</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Tệp…</translation>
    </message>
    <message>
        <source>Pin a saved scenario file</source>
        <translation>Ghim một tệp kịch bản đã lưu</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <source>Pin a scenario that comes with Tideover</source>
        <translation>Ghim một kịch bản đi kèm Tideover</translation>
    </message>
    <message>
        <source>Include the scenario being edited</source>
        <translation>Bao gồm kịch bản đang sửa</translation>
    </message>
    <message>
        <source>Show the scenario being edited, as it is now, next to the pinned ones</source>
        <translation>Hiển thị kịch bản đang sửa, như hiện tại, bên cạnh các kịch bản đã ghim</translation>
    </message>
    <message>
        <source>Pin scenarios to compare them with the one being edited: a snapshot of it as it is now (then change it and see the difference), a saved file or a built-in scenario.</source>
        <translation>Ghim các kịch bản để so sánh với kịch bản đang sửa: một ảnh chụp của nó như hiện tại (rồi thay đổi và xem khác biệt), một tệp đã lưu hoặc một kịch bản có sẵn.</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Tỷ lệ dự trữ</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Mức đóng</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Số liệu chính</translation>
    </message>
    <message>
        <source>Parameters that differ</source>
        <translation>Tham số khác nhau</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 năm %2</translation>
    </message>
    <message>
        <source>Pin scenarios</source>
        <translation>Ghim kịch bản</translation>
    </message>
    <message>
        <source>Tideover scenarios (*.tideover);;All files (*)</source>
        <translation>Kịch bản Tideover (*.tideover);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot pin %1: %2</source>
        <translation>Không thể ghim %1: %2</translation>
    </message>
    <message>
        <source>Cannot pin the scenario</source>
        <translation>Không thể ghim kịch bản</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Nhấp đúp để đổi tên</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>ảnh chụp</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>có sẵn</translation>
    </message>
    <message>
        <source>A snapshot of the scenario being edited; double-click to rename</source>
        <translation>Ảnh chụp của kịch bản đang sửa; nhấp đúp để đổi tên</translation>
    </message>
    <message>
        <source>Remove “%1” from the comparison</source>
        <translation>Bỏ “%1” khỏi phép so sánh</translation>
    </message>
    <message>
        <source>Rename pinned scenario</source>
        <translation>Đổi tên kịch bản đã ghim</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Pin a scenario to see the parameters in which it differs.</source>
        <translation>Ghim một kịch bản để xem các tham số khác biệt.</translation>
    </message>
    <message>
        <source>The scenarios have the same parameters.</source>
        <translation>Các kịch bản có cùng tham số.</translation>
    </message>
    <message>
        <source>1 parameter differs.</source>
        <translation>1 tham số khác nhau.</translation>
    </message>
    <message>
        <source>%1 parameters differ.</source>
        <translation>%1 tham số khác nhau.</translation>
    </message>
    <message>
        <source>Bold: unlike the first column.</source>
        <translation>In đậm: khác với cột đầu tiên.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói bảo vệ</translation>
    </message>
    <message>
        <source>Severance pay, savings accounts and assistance beside the insurance: the cost by payer</source>
        <translation>Trợ cấp thôi việc, tài khoản tiết kiệm và trợ giúp bên cạnh bảo hiểm: chi phí theo bên chi trả</translation>
    </message>
</context>
<context>
    <name>tideover::ui::DepletionChart</name>
    <message>
        <source>Probability that the reserve is depleted</source>
        <translation>Xác suất quỹ dự phòng cạn kiệt</translation>
    </message>
    <message>
        <source>Depleted by the end of the year</source>
        <translation>Cạn kiệt vào cuối năm</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>% of paths</source>
        <translation>% số lượt mô phỏng</translation>
    </message>
    <message>
        <source>The scenario has changed since this run: run again to update</source>
        <translation>Kịch bản đã thay đổi từ lần chạy này: hãy chạy lại để cập nhật</translation>
    </message>
</context>
<context>
    <name>tideover::ui::DurationClassEditor</name>
    <message>
        <source>Maximum months</source>
        <translation>Số tháng tối đa</translation>
    </message>
    <message>
        <source>Maximum benefit duration of the class</source>
        <translation>Thời gian hưởng trợ cấp tối đa của nhóm</translation>
    </message>
    <message>
        <source>Share of claims</source>
        <translation>Tỷ lệ hồ sơ</translation>
    </message>
    <message>
        <source>Share of new claims in the class</source>
        <translation>Tỷ lệ hồ sơ mới trong nhóm</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>Thêm một nhóm</translation>
    </message>
    <message>
        <source>Add a duration class; give it a share and lower the others</source>
        <translation>Thêm một nhóm thời gian hưởng; đặt tỷ lệ cho nhóm và giảm các nhóm khác</translation>
    </message>
    <message>
        <source>Maximum benefit duration of this class, in months (1 to 60)</source>
        <translation>Thời gian hưởng trợ cấp tối đa của nhóm này, tính bằng tháng (1 đến 60)</translation>
    </message>
    <message>
        <source>Share of new claims in this class; the shares add up to 100 %</source>
        <translation>Tỷ lệ hồ sơ mới trong nhóm này; tổng các tỷ lệ bằng 100 %</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove this duration class</source>
        <translation>Xóa nhóm thời gian hưởng này</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Tổng %1</translation>
    </message>
    <message>
        <source>Total %1: the shares must add up to 100 %</source>
        <translation>Tổng %1: tổng các tỷ lệ phải bằng 100 %</translation>
    </message>
</context>
<context>
    <name>tideover::ui::FanChart</name>
    <message>
        <source>Reserve fund: range of outcomes</source>
        <translation>Quỹ dự phòng: phạm vi kết quả</translation>
    </message>
    <message>
        <source>Reserve ratio: range of outcomes</source>
        <translation>Tỷ lệ dự trữ: phạm vi kết quả</translation>
    </message>
    <message>
        <source>Cost rate: range of outcomes</source>
        <translation>Tỷ lệ chi phí: phạm vi kết quả</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Tỷ lệ dự trữ</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>năm chi tiêu</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% tiền lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>5th percentile</source>
        <translation>Bách phân vị thứ 5</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>Bách phân vị thứ 25</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>Bách phân vị thứ 75</translation>
    </message>
    <message>
        <source>50 % of paths (25th–75th percentile)</source>
        <translation>50 % số lượt mô phỏng (bách phân vị 25–75)</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Bách phân vị thứ 95</translation>
    </message>
    <message>
        <source>90 % of paths (5th–95th)</source>
        <translation>90 % số lượt mô phỏng (5–95)</translation>
    </message>
    <message>
        <source>Deterministic projection</source>
        <translation>Dự báo tất định</translation>
    </message>
    <message>
        <source>Target reserve ratio</source>
        <translation>Tỷ lệ dự trữ mục tiêu</translation>
    </message>
    <message>
        <source>The scenario has changed since this run: run again to update</source>
        <translation>Kịch bản đã thay đổi từ lần chạy này: hãy chạy lại để cập nhật</translation>
    </message>
</context>
<context>
    <name>tideover::ui::FunnelChart</name>
    <message>
        <source>The projection year the funnel shows</source>
        <translation>Năm dự báo mà biểu đồ phễu hiển thị</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Data, every year (CSV)…</source>
        <translation>Dữ liệu, từng năm (CSV)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Save this chart as an image, a PDF or the funnel of every year as CSV</source>
        <translation>Lưu biểu đồ này thành hình ảnh, PDF hoặc phễu của từng năm thành CSV</translation>
    </message>
    <message>
        <source>Coverage funnel</source>
        <translation>Phễu bao phủ</translation>
    </message>
    <message>
        <source>Who is insured (persons)</source>
        <translation>Ai tham gia bảo hiểm (người)</translation>
    </message>
    <message>
        <source>Who draws benefit (persons in the year)</source>
        <translation>Ai hưởng trợ cấp (người trong năm)</translation>
    </message>
    <message>
        <source>%1 of the previous</source>
        <translation>%1 của bậc trước</translation>
    </message>
    <message>
        <source>Out of date: the scenario has errors. The funnel shows the last valid scenario; fix the marked values to update it.</source>
        <translation>Đã cũ: kịch bản có lỗi. Phễu hiển thị kịch bản hợp lệ gần nhất; hãy sửa các giá trị được đánh dấu để cập nhật.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Người thất nghiệp</translation>
    </message>
    <message>
        <source>Beneficiaries (average)</source>
        <translation>Người hưởng (bình quân)</translation>
    </message>
    <message>
        <source>Persons in the year (a flow)</source>
        <translation>Người trong năm (luồng)</translation>
    </message>
    <message>
        <source>Persons (a stock)</source>
        <translation>Người (tồn lượng)</translation>
    </message>
    <message>
        <source>Coverage funnel, %1</source>
        <translation>Phễu bao phủ, %1</translation>
    </message>
    <message>
        <source>Who draws benefit (persons in %1)</source>
        <translation>Ai hưởng trợ cấp (người trong năm %1)</translation>
    </message>
    <message>
        <source>No valid scenario yet.</source>
        <translation>Chưa có kịch bản hợp lệ.</translation>
    </message>
    <message>
        <source>persons in %1</source>
        <translation>người trong năm %1</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>người</translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>, %1 của %2</translation>
    </message>
    <message>
        <source> (%1 of the labour force)</source>
        <translation> (%1 lực lượng lao động)</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Không thể ghi hình ảnh %1.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>Không thể ghi tệp PDF %1.</translation>
    </message>
    <message>
        <source>The scenario has errors, so the funnel is out of date. Export it anyway?</source>
        <translation>Kịch bản có lỗi nên phễu đã cũ. Vẫn xuất?</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Hình ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the coverage funnel</source>
        <translation>Xuất phễu bao phủ</translation>
    </message>
    <message>
        <source>In %1, %2 of a labour force of %3 are insured, and on average %4 of the %5 unemployed draw benefit (%6, the effective coverage). Over the year, %7 insured job losers become new beneficiaries. &lt;i&gt;Point at a bar for its stage.&lt;/i&gt;</source>
        <translation>Năm %1, %2 trong lực lượng lao động %3 người tham gia bảo hiểm, và bình quân %4 trong số %5 người thất nghiệp đang hưởng trợ cấp (%6, độ bao phủ thực tế). Trong năm, %7 người tham gia bảo hiểm bị mất việc trở thành người hưởng mới. &lt;i&gt;Trỏ vào một cột để xem bậc của nó.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The worker group whose funnel shows, or the total of the groups</source>
        <translation>Nhóm người lao động được hiển thị phễu, hoặc tổng của các nhóm</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Nhóm chính</translation>
    </message>
    <message>
        <source>Workers in the groups</source>
        <translation>Người lao động trong các nhóm</translation>
    </message>
    <message>
        <source>Workers in the group</source>
        <translation>Người lao động trong nhóm</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HeadlineBar</name>
    <message>
        <source>Reserve ratio at horizon</source>
        <translation>Tỷ lệ dự trữ cuối kỳ dự báo</translation>
    </message>
    <message>
        <source>Reserve at the end of the last projected year, in years of that year&apos;s expenditure.</source>
        <translation>Quỹ dự phòng cuối năm dự báo cuối cùng, tính bằng số năm chi tiêu của năm đó.</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Tỷ lệ dự trữ thấp nhất</translation>
    </message>
    <message>
        <source>The smallest year-end reserve ratio over the horizon, and its year.</source>
        <translation>Tỷ lệ dự trữ cuối năm thấp nhất trong kỳ dự báo, và năm xảy ra.</translation>
    </message>
    <message>
        <source>Reserve depleted</source>
        <translation>Quỹ cạn kiệt</translation>
    </message>
    <message>
        <source>The first year in which the reserve falls below zero at the end of some month.</source>
        <translation>Năm đầu tiên quỹ dự phòng xuống dưới 0 vào cuối một tháng nào đó.</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Mức đóng hòa vốn</translation>
    </message>
    <message>
        <source>The flat total contribution rate (% of insured wages) at which the reserve at the horizon equals the target reserve ratio times the last year&apos;s expenditure.</source>
        <translation>Mức đóng tổng cố định (% tiền lương đóng bảo hiểm) tại đó quỹ dự phòng cuối kỳ bằng tỷ lệ dự trữ mục tiêu nhân với chi tiêu năm cuối.</translation>
    </message>
    <message>
        <source>Effective coverage</source>
        <translation>Độ bao phủ thực tế</translation>
    </message>
    <message>
        <source>Beneficiaries as a share of the unemployed, in the first and the last projected year.</source>
        <translation>Người hưởng tính theo tỷ lệ người thất nghiệp, trong năm dự báo đầu tiên và cuối cùng.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 vào năm %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>none in 0–100 %</source>
        <translation>không có trong khoảng 0–100 %</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 value needs fixing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 giá trị cần sửa.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 values need fixing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 giá trị cần sửa.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The figures are from the last valid scenario.</source>
        <translation>Số liệu lấy từ kịch bản hợp lệ gần nhất.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Chưa có kết quả.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HeadlineComparisonModel</name>
    <message>
        <source>Reserve ratio at the horizon</source>
        <translation>Tỷ lệ dự trữ cuối kỳ dự báo</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Tỷ lệ dự trữ thấp nhất</translation>
    </message>
    <message>
        <source>Reserve depleted</source>
        <translation>Quỹ cạn kiệt</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Mức đóng hòa vốn</translation>
    </message>
    <message>
        <source>Contribution rate, first year</source>
        <translation>Mức đóng, năm đầu</translation>
    </message>
    <message>
        <source>Reserve at the horizon</source>
        <translation>Quỹ dự phòng cuối kỳ dự báo</translation>
    </message>
    <message>
        <source>Effective coverage, last year</source>
        <translation>Độ bao phủ thực tế, năm cuối</translation>
    </message>
    <message>
        <source>Projection years</source>
        <translation>Các năm dự báo</translation>
    </message>
    <message>
        <source>Reserve at the end of the last projected year, in years of that year&apos;s expenditure</source>
        <translation>Quỹ dự phòng cuối năm dự báo cuối cùng, tính bằng số năm chi tiêu của năm đó</translation>
    </message>
    <message>
        <source>The smallest year-end reserve ratio over the horizon, and its year</source>
        <translation>Tỷ lệ dự trữ cuối năm thấp nhất trong kỳ dự báo, và năm xảy ra</translation>
    </message>
    <message>
        <source>The first year in which the reserve falls below zero at the end of some month</source>
        <translation>Năm đầu tiên quỹ dự phòng xuống dưới 0 vào cuối một tháng nào đó</translation>
    </message>
    <message>
        <source>The flat total contribution rate that brings the reserve at the horizon to the target reserve ratio</source>
        <translation>Mức đóng tổng cố định đưa quỹ dự phòng cuối kỳ đạt tỷ lệ dự trữ mục tiêu</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 vào năm %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>none in 0–100 %</source>
        <translation>không có trong khoảng 0–100 %</translation>
    </message>
    <message>
        <source>Out of date: the scenario being edited has errors</source>
        <translation>Đã cũ: kịch bản đang sửa có lỗi</translation>
    </message>
</context>
<context>
    <name>tideover::ui::IncomeExpenditureChart</name>
    <message>
        <source>Income (left bar) and spending (right bar)</source>
        <translation>Thu (cột trái) và chi (cột phải)</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Contributions (%1)</source>
        <translation>Đóng góp (%1)</translation>
    </message>
    <message>
        <source>Benefits (%1)</source>
        <translation>Trợ cấp (%1)</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Thu nhập đầu tư</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Chuyển giao</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <source>Other expenditure</source>
        <translation>Chi khác</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Cân đối</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Mỗi năm</translation>
    </message>
    <message>
        <source>State&apos;s share of benefits</source>
        <translation>Phần Nhà nước chi trả trợ cấp</translation>
    </message>
    <message>
        <source>Actual contributions</source>
        <translation>Đóng góp thực tế</translation>
    </message>
    <message>
        <source>Actual investment income</source>
        <translation>Thu nhập đầu tư thực tế</translation>
    </message>
    <message>
        <source>Actual state subsidy</source>
        <translation>Hỗ trợ của Nhà nước thực tế</translation>
    </message>
    <message>
        <source>Actual benefits</source>
        <translation>Trợ cấp thực tế</translation>
    </message>
    <message>
        <source>Actual expenditure</source>
        <translation>Tổng chi thực tế</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ListEditor</name>
    <message>
        <source>Add a month</source>
        <translation>Thêm một tháng</translation>
    </message>
    <message>
        <source>Give the next month of benefit its own rate</source>
        <translation>Đặt tỷ lệ riêng cho tháng hưởng tiếp theo</translation>
    </message>
    <message>
        <source>The last rate repeats until benefit ends.</source>
        <translation>Tỷ lệ cuối cùng được lặp lại cho đến khi hết hưởng trợ cấp.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove this month&apos;s rate</source>
        <translation>Xóa tỷ lệ của tháng này</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Mọi tháng</translation>
    </message>
    <message>
        <source>Month %1 onward</source>
        <translation>Từ tháng %1 trở đi</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Thêm một khoảng</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Thêm một bậc</translation>
    </message>
    <message>
        <source>Add a band of service (and one to the list beside it)</source>
        <translation>Thêm một khoảng thâm niên (và một ô ở danh sách bên cạnh)</translation>
    </message>
    <message>
        <source>Add a step of service (and one to the list beside it)</source>
        <translation>Thêm một bậc thâm niên (và một ô ở danh sách bên cạnh)</translation>
    </message>
    <message>
        <source>Each band pairs with the same band of the other list.</source>
        <translation>Mỗi khoảng đi cùng khoảng tương ứng của danh sách kia.</translation>
    </message>
    <message>
        <source>Each step pairs with the same step of the other list.</source>
        <translation>Mỗi bậc đi cùng bậc tương ứng của danh sách kia.</translation>
    </message>
    <message>
        <source>Remove this band</source>
        <translation>Xóa khoảng này</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Xóa bậc này</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Khoảng %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Bậc %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MainWindow</name>
    <message>
        <source>Replace a read-only file?</source>
        <translation>Thay thế một tệp chỉ đọc?</translation>
    </message>
    <message>
        <source>“%1” is read-only. Replace it anyway? It stays read-only.</source>
        <translation>“%1” là tệp chỉ đọc. Vẫn thay thế nó? Tệp vẫn giữ chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>&amp;Dự báo</translation>
    </message>
    <message>
        <source>Ris&amp;k</source>
        <translation>&amp;Rủi ro</translation>
    </message>
    <message>
        <source>&amp;Stress test</source>
        <translation>&amp;Kiểm tra sức chịu đựng</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity</source>
        <translation>Độ &amp;nhạy</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>So sán&amp;h</translation>
    </message>
    <message>
        <source>The projection of the scenario: reserve, income and spending, beneficiaries, rates</source>
        <translation>Dự báo của kịch bản: quỹ dự phòng, thu và chi, người hưởng, các tỷ lệ</translation>
    </message>
    <message>
        <source>Many random futures of unemployment and returns: the range of outcomes and the probability of depletion</source>
        <translation>Nhiều tương lai ngẫu nhiên của thất nghiệp và lợi nhuận đầu tư: phạm vi kết quả và xác suất cạn kiệt</translation>
    </message>
    <message>
        <source>A recession laid over the scenario</source>
        <translation>Một cuộc suy thoái áp lên kịch bản</translation>
    </message>
    <message>
        <source>Which assumptions matter most: each lowered and raised, one at a time</source>
        <translation>Giả định nào quan trọng nhất: từng giả định được hạ và nâng, mỗi lần một</translation>
    </message>
    <message>
        <source>Pinned scenarios side by side</source>
        <translation>Các kịch bản đã ghim đặt cạnh nhau</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 lỗi</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 lỗi</translation>
    </message>
    <message>
        <source>: results are out of date (Ctrl+E goes to the first)</source>
        <translation>: kết quả đã cũ (Ctrl+E đến lỗi đầu tiên)</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 cảnh báo</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 cảnh báo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New from</source>
        <translation>Mớ&amp;i từ</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Mở kịch bản</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Không thể mở kịch bản</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Quay về bản đã lưu</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Xuất &amp;báo cáo (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Go to First &amp;Problem</source>
        <translation>Đến lỗi đầu &amp;tiên</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Parameter Help</source>
        <translation>Trợ giúp &amp;tham số</translation>
    </message>
    <message>
        <source>&amp;About Tideover</source>
        <translation>&amp;Giới thiệu Tideover</translation>
    </message>
    <message>
        <source>Workshop exercise</source>
        <translation>Bài tập hội thảo</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Bài tập: %1</translation>
    </message>
    <message>
        <source>ILO minimum standards</source>
        <translation>Tiêu chuẩn tối thiểu của ILO</translation>
    </message>
    <message>
        <source>Coverage f&amp;unnel</source>
        <translation>Phễ&amp;u bao phủ</translation>
    </message>
    <message>
        <source>From the labour force to beneficiaries: where the scheme&apos;s coverage is lost, year by year</source>
        <translation>Từ lực lượng lao động đến người hưởng: độ bao phủ của chế độ bị mất ở đâu, qua từng năm</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>Đà&amp;o tạo</translation>
    </message>
    <message>
        <source>Workshop &amp;Exercises</source>
        <translation>&amp;Bài tập hội thảo</translation>
    </message>
    <message>
        <source>&amp;Open Exercise File…</source>
        <translation>&amp;Mở tệp bài tập…</translation>
    </message>
    <message>
        <source>ILO &amp;Standards Check</source>
        <translation>Kiểm tra &amp;tiêu chuẩn ILO</translation>
    </message>
    <message>
        <source>Coverage &amp;Funnel</source>
        <translation>&amp;Phễu bao phủ</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Không thể xuất báo cáo</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>&amp;Phân tích</translation>
    </message>
    <message>
        <source>Run &amp;Monte Carlo…</source>
        <translation>Chạy &amp;Monte Carlo…</translation>
    </message>
    <message>
        <source>Project the scenario along many random futures (the Risk tab)</source>
        <translation>Dự báo kịch bản theo nhiều tương lai ngẫu nhiên (thẻ Rủi ro)</translation>
    </message>
    <message>
        <source>&amp;Stress Test…</source>
        <translation>&amp;Kiểm tra sức chịu đựng…</translation>
    </message>
    <message>
        <source>Lay a recession over the scenario (the Stress test tab)</source>
        <translation>Áp một cuộc suy thoái lên kịch bản (thẻ Kiểm tra sức chịu đựng)</translation>
    </message>
    <message>
        <source>S&amp;ensitivity…</source>
        <translation>Độ &amp;nhạy…</translation>
    </message>
    <message>
        <source>See which assumptions matter most (the Sensitivity tab)</source>
        <translation>Xem giả định nào quan trọng nhất (thẻ Độ nhạy)</translation>
    </message>
    <message>
        <source>Solve for &amp;Contribution Rate…</source>
        <translation>Tìm &amp;mức đóng…</translation>
    </message>
    <message>
        <source>The contribution rate that keeps the reserve at its target</source>
        <translation>Mức đóng giữ quỹ dự phòng ở mức mục tiêu</translation>
    </message>
    <message>
        <source>Solve for &amp;Replacement Rate…</source>
        <translation>Tìm tỷ lệ &amp;hưởng…</translation>
    </message>
    <message>
        <source>The highest replacement rate today&apos;s contribution rate can pay for</source>
        <translation>Tỷ lệ hưởng cao nhất mà mức đóng hiện nay có thể chi trả</translation>
    </message>
    <message>
        <source>&amp;Pin Current Scenario</source>
        <translation>&amp;Ghim kịch bản hiện tại</translation>
    </message>
    <message>
        <source>Keep a snapshot of the scenario as it is now, to compare (the Compare tab)</source>
        <translation>Lưu ảnh chụp kịch bản như hiện tại để so sánh (thẻ So sánh)</translation>
    </message>
    <message>
        <source>Pin &amp;File…</source>
        <translation>Ghim &amp;tệp…</translation>
    </message>
    <message>
        <source>Pin &amp;Built-in</source>
        <translation>Ghim kịch bản có &amp;sẵn</translation>
    </message>
    <message>
        <source>%1. Undo (Ctrl+Z) takes it back.</source>
        <translation>%1. Hoàn tác (Ctrl+Z) để khôi phục.</translation>
    </message>
    <message>
        <source>%1[*] — Tideover</source>
        <translation>%1[*] — Tideover</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The scenario “%1” has unsaved changes.</source>
        <translation>Kịch bản “%1” có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Do you want to save them before going on?</source>
        <translation>Bạn có muốn lưu trước khi tiếp tục không?</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Không thể lưu kịch bản</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Lưu kịch bản thành</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Quay về bản đã lưu</translation>
    </message>
    <message>
        <source>Discard every change since “%1” was last saved?</source>
        <translation>Hủy mọi thay đổi kể từ lần lưu gần nhất của “%1”?</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Không thể quay về</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 không còn tồn tại.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Không có tệp gần đây</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Khôi phục công việc chưa lưu?</translation>
    </message>
    <message>
        <source>Tideover did not close normally. Unsaved changes to “%1” were kept (autosaved %2).</source>
        <translation>Tideover đã không đóng bình thường. Các thay đổi chưa lưu của “%1” đã được giữ lại (tự động lưu %2).</translation>
    </message>
    <message>
        <source>The scenario had never been saved.</source>
        <translation>Kịch bản chưa từng được lưu.</translation>
    </message>
    <message>
        <source>Its file is %1.</source>
        <translation>Tệp của nó là %1.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hủy bỏ</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Không thể khôi phục</translation>
    </message>
    <message>
        <source>Parameter help</source>
        <translation>Trợ giúp tham số</translation>
    </message>
    <message>
        <source>Click in a parameter&apos;s field, then press F1 to read what it means, its unit, its allowed range and its source.</source>
        <translation>Nhấp vào ô của một tham số rồi nhấn F1 để đọc ý nghĩa, đơn vị, phạm vi cho phép và nguồn của nó.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Cho phép</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>none: the scenario must give it</source>
        <translation>không có: kịch bản phải cung cấp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>No problems: every value is valid.</source>
        <translation>Không có vấn đề: mọi giá trị đều hợp lệ.</translation>
    </message>
    <message>
        <source>About Tideover</source>
        <translation>Giới thiệu Tideover</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tideover %1&lt;/h3&gt;&lt;p&gt;Design and cost unemployment insurance schemes.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tideover %1&lt;/h3&gt;&lt;p&gt;Thiết kế và tính toán chi phí các chế độ bảo hiểm thất nghiệp.&lt;/p&gt;&lt;p&gt;Phần mềm tự do theo Giấy phép Công cộng GNU, phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>The scenario has errors; fix them before exporting a report.</source>
        <translation>Kịch bản có lỗi; hãy sửa trước khi xuất báo cáo.</translation>
    </message>
    <message>
        <source>There is no built-in scenario “%1”. The built-in scenarios are %2.</source>
        <translation>Không có kịch bản có sẵn “%1”. Các kịch bản có sẵn là %2.</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>Giá&amp;m sát</translation>
    </message>
    <message>
        <source>Indicators per year over the history and the projection, and the back-test</source>
        <translation>Các chỉ số theo năm trong giai đoạn lịch sử và dự báo, và kiểm định ngược</translation>
    </message>
    <message>
        <source>Back-&amp;test Against History</source>
        <translation>Kiểm định ngược với số liệu &amp;lịch sử</translation>
    </message>
    <message>
        <source>Project the scenario over its history&apos;s years and compare (the Monitoring tab)</source>
        <translation>Dự báo kịch bản trong các năm có số liệu lịch sử và so sánh (thẻ Giám sát)</translation>
    </message>
    <message>
        <source>Calibrate to &amp;History…</source>
        <translation>&amp;Hiệu chỉnh theo lịch sử…</translation>
    </message>
    <message>
        <source>Fit behavioural parameters to the history&apos;s figures</source>
        <translation>Hiệu chỉnh các tham số hành vi theo số liệu lịch sử</translation>
    </message>
    <message>
        <source>The scenario has no history</source>
        <translation>Kịch bản chưa có số liệu lịch sử</translation>
    </message>
    <message>
        <source>Import &amp;History (CSV)…</source>
        <translation>&amp;Nhập số liệu lịch sử (CSV)…</translation>
    </message>
    <message>
        <source>Read the scheme&apos;s published yearly figures from a CSV file</source>
        <translation>Đọc số liệu hằng năm đã công bố của chế độ từ tệp CSV</translation>
    </message>
    <message>
        <source>Export Histor&amp;y (CSV)…</source>
        <translation>Xuất số liệu lịch sử (&amp;CSV)…</translation>
    </message>
    <message>
        <source>&amp;Actual Figures (History)</source>
        <translation>&amp;Số liệu thực tế (lịch sử)</translation>
    </message>
    <message>
        <source>The scheme&apos;s published yearly figures, shown on the charts beside the projection</source>
        <translation>Số liệu hằng năm đã công bố của chế độ, hiển thị trên biểu đồ bên cạnh dự báo</translation>
    </message>
    <message>
        <source>Actual figures (history)</source>
        <translation>Số liệu thực tế (lịch sử)</translation>
    </message>
    <message>
        <source>Export &amp;Workbook (Excel)…</source>
        <translation>Xuất &amp;sổ tính (Excel)…</translation>
    </message>
    <message>
        <source>The projection, the parameters and the analyses run on the other pages, as an Excel workbook</source>
        <translation>Dự báo, các tham số và các phân tích đã chạy ở các trang khác, dưới dạng sổ tính Excel</translation>
    </message>
    <message>
        <source>Cannot export the workbook</source>
        <translation>Không thể xuất sổ tính</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Xuất sổ tính</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Đã ghi sổ tính vào %1</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Đóng &amp;cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Find Parameter</source>
        <translation>Tìm tham &amp;số</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>the scheme&apos;s value (%1)</source>
        <translation>giá trị của chế độ (%1)</translation>
    </message>
    <message>
        <source>W&amp;orker&apos;s view</source>
        <translation>&amp;Xem theo người lao động</translation>
    </message>
    <message>
        <source>One laid-off worker: what severance pay, the insurance, a savings account and assistance pay month by month, against the wage</source>
        <translation>Một người lao động bị thôi việc: trợ cấp thôi việc, bảo hiểm, tài khoản tiết kiệm và trợ giúp chi trả hằng tháng bao nhiêu, so với tiền lương</translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation>Chế độ máy &amp;chiếu</translation>
    </message>
    <message>
        <source>Charts and headline figures in larger type, for a projected screen</source>
        <translation>Biểu đồ và các số liệu chính với cỡ chữ lớn hơn, cho màn hình chiếu</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MetadataEditor</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>A short name, e.g. &quot;Reform 2027: 65 % for 6 months&quot;</source>
        <translation>Tên ngắn, ví dụ &quot;Cải cách 2027: 65 % trong 6 tháng&quot;</translation>
    </message>
    <message>
        <source>What this scenario is for and what it assumes</source>
        <translation>Mục đích của kịch bản và các giả định</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Who prepared it (person or unit)</source>
        <translation>Người chuẩn bị (cá nhân hoặc đơn vị)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Quốc gia hoặc khu vực</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>e.g. VND, THB, IDR</source>
        <translation>ví dụ VND, THB, IDR</translation>
    </message>
    <message>
        <source>&lt;p&gt;The currency code every amount is shown in (ISO 4217 where there is one, such as VND or THB). Amounts are not converted: the code only names them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mã tiền tệ dùng để hiển thị mọi số tiền (theo ISO 4217 nếu có, như VND hoặc THB). Số tiền không được quy đổi: mã chỉ để gọi tên.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Mã tiền tệ</translation>
    </message>
</context>
<context>
    <name>tideover::ui::NumberSpinBox</name>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageCostChart</name>
    <message>
        <source>Cost of the package, by who pays</source>
        <translation>Chi phí của gói, theo bên chi trả</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Mỗi năm</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% tiền lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% GDP</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageCoverageChart</name>
    <message>
        <source>Share of the unemployed protected</source>
        <translation>Tỷ lệ người thất nghiệp được bảo vệ</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Bảo hiểm</translation>
    </message>
    <message>
        <source>Savings accounts</source>
        <translation>Tài khoản tiết kiệm</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Any part</source>
        <translation>Ít nhất một phần</translation>
    </message>
    <message>
        <source>Paid severance (of those who lost a job)</source>
        <translation>Được trả trợ cấp thôi việc (trong số người mất việc)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageView</name>
    <message>
        <source>Money</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% tiền lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% GDP</translation>
    </message>
    <message>
        <source>The cost in money, as a share of insured wages, or as a share of GDP (when the scenario gives GDP in its Economy keys)</source>
        <translation>Chi phí bằng tiền, theo tỷ lệ tiền lương đóng bảo hiểm, hoặc theo tỷ lệ GDP (khi kịch bản có GDP trong các khóa Kinh tế)</translation>
    </message>
    <message>
        <source>Cost per &amp;year in:</source>
        <translation>Chi phí hằng năm theo đơn &amp;vị:</translation>
    </message>
    <message>
        <source>By part and payer in:</source>
        <translation>Theo phần và bên chi trả trong năm:</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Bảo hiểm</translation>
    </message>
    <message>
        <source>Severance pay</source>
        <translation>Trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Savings accounts</source>
        <translation>Tài khoản tiết kiệm</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Cả gói</translation>
    </message>
    <message>
        <source>Cost by who pays</source>
        <translation>Chi phí theo bên chi trả</translation>
    </message>
    <message>
        <source>Share of the unemployed protected</source>
        <translation>Tỷ lệ người thất nghiệp được bảo vệ</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Biểu đồ:</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ParameterField</name>
    <message>
        <source>Source (law, report, year) or assumption</source>
        <translation>Nguồn (luật, báo cáo, năm) hoặc giả định</translation>
    </message>
    <message>
        <source>Source of the durations (law, report, year) or assumption</source>
        <translation>Nguồn của thời gian hưởng (luật, báo cáo, năm) hoặc giả định</translation>
    </message>
    <message>
        <source>Source of the shares (law, report, year) or assumption</source>
        <translation>Nguồn của các tỷ lệ (luật, báo cáo, năm) hoặc giả định</translation>
    </message>
    <message>
        <source>Duration classes</source>
        <translation>Nhóm thời gian hưởng</translation>
    </message>
    <message>
        <source>By year…</source>
        <translation>Theo năm…</translation>
    </message>
    <message>
        <source>Let the value change from a given year onward</source>
        <translation>Cho giá trị thay đổi từ một năm nhất định trở đi</translation>
    </message>
    <message>
        <source>Where this value comes from: a law, a report and its year, or &quot;assumption:&quot; and why</source>
        <translation>Giá trị này lấy từ đâu: luật, báo cáo và năm, hoặc &quot;giả định:&quot; và lý do</translation>
    </message>
    <message>
        <source>Required: enter a value (%1).</source>
        <translation>Bắt buộc: nhập một giá trị (%1).</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range: %2.</source>
        <translation>%1 nằm ngoài phạm vi cho phép: %2.</translation>
    </message>
    <message>
        <source>%1 in %2 is outside the allowed range: %3.</source>
        <translation>%1 năm %2 nằm ngoài phạm vi cho phép: %3.</translation>
    </message>
    <message>
        <source>%1 in row %2 is outside the allowed range: %3.</source>
        <translation>%1 ở dòng %2 nằm ngoài phạm vi cho phép: %3.</translation>
    </message>
    <message>
        <source>Change duration classes</source>
        <translation>Thay đổi nhóm thời gian hưởng</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Từ %1: %2</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>Same as language</source>
        <translation>Giống ngôn ngữ</translation>
    </message>
    <message>
        <source>Thousands separators and the decimal mark of every number shown. Results are redrawn at once; scenario files are not affected.</source>
        <translation>Dấu phân cách hàng nghìn và dấu thập phân của mọi số được hiển thị. Kết quả được vẽ lại ngay; tệp kịch bản không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <source>The projection horizon of a new scenario made with File &gt; New from &gt; the default scenario (Ctrl+N). The other built-in scenarios, opened files and recovered work keep their own horizons.</source>
        <translation>Kỳ dự báo của kịch bản mới tạo bằng Tệp &gt; Mới từ &gt; kịch bản mặc định (Ctrl+N). Các kịch bản có sẵn khác, tệp đã mở và công việc được khôi phục giữ kỳ dự báo riêng.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>How often a copy of unsaved work is kept, so a crash loses at most this much.</source>
        <translation>Tần suất lưu bản sao công việc chưa lưu, để sự cố chỉ làm mất tối đa khoảng thời gian này.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Charts follow the desktop&apos;s light or dark theme, or always use one (light charts print and project well).</source>
        <translation>Biểu đồ theo giao diện sáng hoặc tối của máy, hoặc luôn dùng một giao diện (biểu đồ sáng in và trình chiếu tốt).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Number format:</source>
        <translation>Định dạng &amp;số:</translation>
    </message>
    <message>
        <source>Default &amp;horizon:</source>
        <translation>Kỳ dự báo &amp;mặc định:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Tự động &amp;lưu mỗi:</translation>
    </message>
    <message>
        <source>&amp;Chart theme:</source>
        <translation>&amp;Giao diện biểu đồ:</translation>
    </message>
    <message>
        <source>The language of menus, labels, messages, reports and the workshop exercises. Applies at once.</source>
        <translation>Ngôn ngữ của menu, nhãn, thông báo, báo cáo và bài tập hội thảo. Áp dụng ngay.</translation>
    </message>
    <message>
        <source>&amp;Trainer mode: exercises show their answers</source>
        <translation>Chế độ giảng &amp;viên: bài tập hiển thị đáp án</translation>
    </message>
    <message>
        <source>For the trainer&apos;s own computer: the exercise panel shows each question&apos;s answer and the debrief. Start Tideover with --trainer for one session instead.</source>
        <translation>Dành cho máy tính của giảng viên: bảng bài tập hiển thị đáp án của từng câu hỏi và phần tổng kết. Để dùng cho một phiên làm việc, hãy khởi động Tideover với --trainer.</translation>
    </message>
    <message>
        <source>&amp;Projector mode: larger type in charts and headline figures</source>
        <translation>&amp;Chế độ máy chiếu: cỡ chữ lớn hơn cho biểu đồ và các số liệu chính</translation>
    </message>
    <message>
        <source>For a workshop room reading a projected screen: chart titles, axes, legends and the headline figures in larger type. Training &gt; Projector Mode (F9) switches it at any time; start Tideover with --projector for one session.</source>
        <translation>Cho phòng hội thảo theo dõi màn hình chiếu: tiêu đề, trục, chú giải của biểu đồ và các số liệu chính với cỡ chữ lớn hơn. Đào tạo &gt; Chế độ máy chiếu (F9) bật hoặc tắt bất cứ lúc nào; khởi động Tideover với --projector để dùng cho một phiên.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::RatesChart</name>
    <message>
        <source>Contribution rate and cost rate</source>
        <translation>Mức đóng và tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Mức đóng</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Tỷ lệ hòa vốn</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% tiền lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>Actual cost rate</source>
        <translation>Tỷ lệ chi phí thực tế</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Every report has a title page, the summary in plain words, the ILO standards check, the parameters with their sources and the annual table. Add:</source>
        <translation>Mọi báo cáo đều có trang bìa, phần tóm tắt bằng lời lẽ dễ hiểu, phần đối chiếu tiêu chuẩn của ILO, các tham số kèm nguồn và bảng kết quả hằng năm. Thêm:</translation>
    </message>
    <message>
        <source>The result &amp;charts</source>
        <translation>Các &amp;biểu đồ kết quả</translation>
    </message>
    <message>
        <source>Reserve, income and spending, beneficiaries and coverage, rates.</source>
        <translation>Quỹ dự phòng, thu và chi, người hưởng và độ bao phủ, các tỷ lệ.</translation>
    </message>
    <message>
        <source>The &amp;stress test</source>
        <translation>&amp;Kiểm tra sức chịu đựng</translation>
    </message>
    <message>
        <source>“%1”, </source>
        <translation>“%1”, </translation>
    </message>
    <message>
        <source>The Stress test page&apos;s recession, %1unemployment up %2 points from %3, at its peak after %4 months and back after %5 more.</source>
        <translation>Cuộc suy thoái trên trang Kiểm tra sức chịu đựng, %1thất nghiệp tăng %2 điểm từ năm %3, lên đỉnh sau %4 tháng và trở lại mức cũ sau %5 tháng nữa.</translation>
    </message>
    <message>
        <source>The s&amp;tochastic projection</source>
        <translation>Dự báo &amp;ngẫu nhiên</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Chạy ngay</translation>
    </message>
    <message>
        <source>The c&amp;omparison</source>
        <translation>&amp;So sánh</translation>
    </message>
    <message>
        <source>With the scenario pinned on the Compare page: %1.</source>
        <translation>Với kịch bản được ghim trên trang So sánh: %1.</translation>
    </message>
    <message>
        <source>With the %1 scenarios pinned on the Compare page: %2.</source>
        <translation>Với %1 kịch bản được ghim trên trang So sánh: %2.</translation>
    </message>
    <message>
        <source>No scenario is pinned on the Compare page.</source>
        <translation>Chưa có kịch bản nào được ghim trên trang So sánh.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>The Risk page&apos;s run: %1 random futures, seed %2.</source>
        <translation>Lần chạy trên trang Rủi ro: %1 tương lai ngẫu nhiên, hạt giống %2.</translation>
    </message>
    <message>
        <source>Running on the Risk page…</source>
        <translation>Đang chạy trên trang Rủi ro…</translation>
    </message>
    <message>
        <source>The Risk page&apos;s run is of an earlier state of the scenario.</source>
        <translation>Lần chạy trên trang Rủi ro là của một phiên bản trước của kịch bản.</translation>
    </message>
    <message>
        <source>Not run yet for this scenario.</source>
        <translation>Chưa chạy cho kịch bản này.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::GroupsChart</name>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation>Chi khác</translation>
    </message>
    <message>
        <source>Paid in (left bar) and drawn out (right bar)</source>
        <translation>Đóng vào (cột trái) và nhận ra (cột phải)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ReportWriter</name>
    <message>
        <source>%1 from employees</source>
        <translation>%1 từ người lao động</translation>
    </message>
    <message>
        <source>%1 from employers</source>
        <translation>%1 từ người sử dụng lao động</translation>
    </message>
    <message>
        <source>%1 from the government</source>
        <translation>%1 từ Nhà nước</translation>
    </message>
    <message>
        <source>for %1 months</source>
        <translation>trong %1 tháng</translation>
    </message>
    <message>
        <source>for %1 to %2 months, depending on the contribution record</source>
        <translation>trong %1 đến %2 tháng, tùy theo thời gian đóng</translation>
    </message>
    <message>
        <source>Contributions of %1 of insured wages</source>
        <translation>Mức đóng %1 tiền lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source> pay for benefits of %1 of the reference wage %2</source>
        <translation> chi trả trợ cấp bằng %1 tiền lương tham chiếu %2</translation>
    </message>
    <message>
        <source>, after a waiting period of %1 days</source>
        <translation>, sau thời gian chờ %1 ngày</translation>
    </message>
    <message>
        <source>The contribution rate is adjusted, between %1 and %2, to keep the reserve between %3 and %4 of spending.</source>
        <translation>Mức đóng được điều chỉnh, trong khoảng %1 đến %2, để giữ quỹ dự phòng trong khoảng %3 đến %4 chi tiêu.</translation>
    </message>
    <message>
        <source>its lowest level is %1 of spending, in %2</source>
        <translation>mức thấp nhất là %1 chi tiêu, năm %2</translation>
    </message>
    <message>
        <source>The reserve runs out in %1.</source>
        <translation>Quỹ dự phòng cạn kiệt năm %1.</translation>
    </message>
    <message>
        <source>The reserve never runs out.</source>
        <translation>Quỹ dự phòng không bao giờ cạn kiệt.</translation>
    </message>
    <message>
        <source>The reserve never runs out; %1.</source>
        <translation>Quỹ dự phòng không bao giờ cạn kiệt; %1.</translation>
    </message>
    <message>
        <source>The contribution rate that just reaches the target of %1 of spending in %2 is %3.</source>
        <translation>Mức đóng vừa đạt mục tiêu %1 chi tiêu năm %2 là %3.</translation>
    </message>
    <message>
        <source>No contribution rate from 0 to 100 % reaches the target of %1 of spending in %2.</source>
        <translation>Không có mức đóng nào từ 0 đến 100 % đạt mục tiêu %1 chi tiêu năm %2.</translation>
    </message>
    <message>
        <source>Benefits reach %1 of the unemployed in %2 and %3 in %4.</source>
        <translation>Trợ cấp đến được %1 người thất nghiệp năm %2 và %3 năm %4.</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Kịch bản chưa đặt tên</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Số liệu chính</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Reserve ratio at the horizon (%1)</source>
        <translation>Tỷ lệ dự trữ cuối kỳ dự báo (%1)</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Tỷ lệ dự trữ thấp nhất</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 vào năm %2</translation>
    </message>
    <message>
        <source>Reserve depleted</source>
        <translation>Quỹ cạn kiệt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Mức đóng hòa vốn</translation>
    </message>
    <message>
        <source>none in 0–100 %</source>
        <translation>không có trong khoảng 0–100 %</translation>
    </message>
    <message>
        <source>Contribution rate (%1)</source>
        <translation>Mức đóng (%1)</translation>
    </message>
    <message>
        <source>Cost rate (%1 → %2)</source>
        <translation>Tỷ lệ chi phí (%1 → %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Effective coverage (%1 → %2)</source>
        <translation>Độ bao phủ thực tế (%1 → %2)</translation>
    </message>
    <message>
        <source>Reserve at the end of %1</source>
        <translation>Quỹ dự phòng cuối năm %1</translation>
    </message>
    <message>
        <source>The reserve ratio is the reserve at the end of a year in years of that year&apos;s spending. The break-even rate is the flat total contribution rate at which the reserve at the horizon equals the target ratio times the last year&apos;s spending. Effective coverage is beneficiaries as a share of the unemployed.</source>
        <translation>Tỷ lệ dự trữ là quỹ dự phòng cuối năm tính bằng số năm chi tiêu của năm đó. Tỷ lệ hòa vốn là mức đóng tổng cố định tại đó quỹ dự phòng cuối kỳ bằng tỷ lệ mục tiêu nhân với chi tiêu năm cuối. Độ bao phủ thực tế là tỷ lệ người hưởng trên số người thất nghiệp.</translation>
    </message>
    <message>
        <source>Parameter and key</source>
        <translation>Tham số và khóa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>chưa ghi nguồn</translation>
    </message>
    <message>
        <source>Money in %1, nominal. Persons in thousands. Rates as percentages of the insured wage bill; the reserve ratio in years of the year&apos;s spending. The full table of %2 columns is available as CSV (tideover-cli project).</source>
        <translation>Số tiền tính bằng %1, danh nghĩa. Số người tính bằng nghìn. Các tỷ lệ tính theo phần trăm quỹ lương đóng bảo hiểm; tỷ lệ dự trữ tính bằng số năm chi tiêu của năm. Bảng đầy đủ %2 cột có ở dạng CSV (tideover-cli project).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Insured (’000)</source>
        <translation>Người tham gia bảo hiểm (nghìn)</translation>
    </message>
    <message>
        <source>Benefi­ciaries (’000)</source>
        <translation>Người hưởng (nghìn)</translation>
    </message>
    <message>
        <source>Contri­bution rate</source>
        <translation>Mức đóng</translation>
    </message>
    <message>
        <source>Contri­butions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Chi tiêu</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Reserve ratio (years)</source>
        <translation>Tỷ lệ dự trữ (năm)</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Độ bao phủ</translation>
    </message>
    <message>
        <source>The design against Convention No. 102 (1952), Part IV, and Convention No. 168 (1988). The check compares the scenario&apos;s parameters, not its projected figures, with the minima the conventions set.</source>
        <translation>Thiết kế được đối chiếu với Công ước số 102 (1952), Phần IV, và Công ước số 168 (1988). Việc kiểm tra so sánh các tham số của kịch bản, không phải số liệu dự báo, với mức tối thiểu mà các công ước quy định.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Điều</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>Half of the futures have run out of reserve by %1.</source>
        <translation>Một nửa số tương lai đã cạn quỹ dự phòng vào năm %1.</translation>
    </message>
    <message>
        <source>In most futures the reserve does not run out.</source>
        <translation>Trong hầu hết các tương lai, quỹ dự phòng không cạn kiệt.</translation>
    </message>
    <message>
        <source>Reserve ratio, 5th percentile</source>
        <translation>Tỷ lệ dự trữ, bách phân vị thứ 5</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Bách phân vị thứ 95</translation>
    </message>
    <message>
        <source>Probability of depletion</source>
        <translation>Xác suất cạn kiệt</translation>
    </message>
    <message>
        <source>%1recession from %2: unemployment rises by %3 points over %4 months and falls back over %5 months; the peak is in %6.</source>
        <translation>%1suy thoái từ năm %2: thất nghiệp tăng %3 điểm trong %4 tháng và giảm lại trong %5 tháng; đỉnh vào %6.</translation>
    </message>
    <message>
        <source>A </source>
        <translation>Một cuộc </translation>
    </message>
    <message>
        <source>“%1”: a </source>
        <translation>“%1”: một cuộc </translation>
    </message>
    <message>
        <source>Without the recession</source>
        <translation>Không có suy thoái</translation>
    </message>
    <message>
        <source>With the recession</source>
        <translation>Có suy thoái</translation>
    </message>
    <message>
        <source>Months of benefits the reserve covers in %1</source>
        <translation>Số tháng trợ cấp quỹ dự phòng chi trả được năm %1</translation>
    </message>
    <message>
        <source>Unemployment insurance · financial projection</source>
        <translation>Bảo hiểm thất nghiệp · dự báo tài chính</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 years)</source>
        <translation>%1 đến %2 (%3 năm)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Được lập bằng</translation>
    </message>
    <message>
        <source>Tideover %1</source>
        <translation>Tideover %1</translation>
    </message>
    <message>
        <source>Tideover report: %1</source>
        <translation>Báo cáo Tideover: %1</translation>
    </message>
    <message>
        <source>Tideover %1 · %2</source>
        <translation>Tideover %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2.</source>
        <translation>Không thể ghi báo cáo %1: %2.</translation>
    </message>
    <message>
        <source>The compared scenario “%1” is not valid:</source>
        <translation>Kịch bản so sánh “%1” không hợp lệ:</translation>
    </message>
    <message>
        <source>In the recession tested, the reserve runs out in %1 %2.</source>
        <translation>Trong cuộc suy thoái được kiểm tra, quỹ dự phòng cạn vào %1 năm %2.</translation>
    </message>
    <message>
        <source>Across %1 random futures, the probability that the reserve runs out by %2 is %3.</source>
        <translation>Trên %1 tương lai ngẫu nhiên, xác suất quỹ dự phòng cạn trước hết năm %2 là %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>Kiểm tra sức chịu đựng</translation>
    </message>
    <message>
        <source>The months of benefits covered are the reserve at the start of the peak year divided by that year&apos;s average monthly benefit spending. The recession is laid over the scenario&apos;s own unemployment path month by month; nothing else in the scenario changes.</source>
        <translation>Số tháng trợ cấp được bảo đảm là quỹ dự phòng đầu năm đỉnh chia cho chi trợ cấp bình quân tháng của năm đó. Cuộc suy thoái được cộng thêm theo từng tháng vào diễn biến thất nghiệp của kịch bản; mọi yếu tố khác của kịch bản giữ nguyên.</translation>
    </message>
    <message>
        <source>Stochastic projection</source>
        <translation>Dự báo ngẫu nhiên</translation>
    </message>
    <message>
        <source>%1 random futures (seed %2), with shocks to unemployment (volatility %3, persistence %4) and to the return on the reserve (volatility %5). The probability that the reserve runs out by %6 is %7. %8</source>
        <translation>%1 tương lai ngẫu nhiên (hạt giống %2), với các cú sốc về thất nghiệp (độ biến động %3, độ dai dẳng %4) và về lợi nhuận đầu tư của quỹ dự phòng (độ biến động %5). Xác suất quỹ dự phòng cạn trước hết năm %6 là %7. %8</translation>
    </message>
    <message>
        <source>The fan shows, year by year, the band holding the middle 90 % of the futures (5th to 95th percentile), the middle 50 % and the median, with the deterministic projection for comparison. The probability of depletion is the share of futures whose reserve has fallen below zero at the end of some month up to that year.</source>
        <translation>Biểu đồ hình quạt cho thấy, theo từng năm, dải chứa 90 % tương lai ở giữa (từ bách phân vị thứ 5 đến thứ 95), 50 % ở giữa và trung vị, cùng với dự báo tất định để so sánh. Xác suất cạn quỹ là tỷ lệ các tương lai có quỹ dự phòng xuống dưới không vào cuối một tháng nào đó cho đến năm đó.</translation>
    </message>
    <message>
        <source>%1 (this report)</source>
        <translation>%1 (báo cáo này)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Comparison with other scenarios</source>
        <translation>So sánh với các kịch bản khác</translation>
    </message>
    <message>
        <source>This scenario beside one other: the headline figures of each, the reserve ratio of each over the years, and every parameter on which they differ.</source>
        <translation>Kịch bản này đặt cạnh một kịch bản khác: số liệu chính của từng kịch bản, tỷ lệ dự trữ của từng kịch bản qua các năm và mọi tham số khác nhau giữa chúng.</translation>
    </message>
    <message>
        <source>This scenario beside %1 others: the headline figures of each, the reserve ratio of each over the years, and every parameter on which they differ.</source>
        <translation>Kịch bản này đặt cạnh %1 kịch bản khác: số liệu chính của từng kịch bản, tỷ lệ dự trữ của từng kịch bản qua các năm và mọi tham số khác nhau giữa chúng.</translation>
    </message>
    <message>
        <source>Parameters that differ</source>
        <translation>Các tham số khác nhau</translation>
    </message>
    <message>
        <source>The scenarios have the same parameters.</source>
        <translation>Các kịch bản có cùng tham số.</translation>
    </message>
    <message>
        <source>Values in bold differ from this scenario&apos;s. Money is in each scenario&apos;s own currency.</source>
        <translation>Các giá trị in đậm khác với kịch bản này. Số tiền tính theo đơn vị tiền tệ của từng kịch bản.</translation>
    </message>
    <message>
        <source>ILO minimum standards</source>
        <translation>Tiêu chuẩn tối thiểu của ILO</translation>
    </message>
    <message>
        <source>Parameters and their sources</source>
        <translation>Tham số và nguồn</translation>
    </message>
    <message>
        <source>Annual results</source>
        <translation>Kết quả hằng năm</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>%1 falling to %2</source>
        <translation>%1, giảm xuống %2</translation>
    </message>
    <message>
        <source>billions of %1</source>
        <translation>tỷ %1</translation>
    </message>
    <message>
        <source>millions of %1</source>
        <translation>triệu %1</translation>
    </message>
    <message>
        <source>thousands of %1</source>
        <translation>nghìn %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The scenario has errors; fix them before exporting a report.</source>
        <translation>Kịch bản có lỗi; hãy sửa trước khi xuất báo cáo.</translation>
    </message>
    <message>
        <source>Could not build the report: %1</source>
        <translation>Không thể tạo báo cáo: %1</translation>
    </message>
    <message>
        <source>About this scenario</source>
        <translation>Về kịch bản này</translation>
    </message>
    <message>
        <source>The design and its outcome</source>
        <translation>Thiết kế và kết quả</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ năm %1</translation>
    </message>
    <message>
        <source>From %1, new claims get benefits of %2 of the reference wage; claimants already on benefit keep their rule.</source>
        <translation>Từ năm %1, các hồ sơ mới được hưởng trợ cấp bằng %2 tiền lương làm căn cứ; người đang hưởng giữ quy tắc cũ của mình.</translation>
    </message>
    <message>
        <source>Against the history: back-test and monitoring</source>
        <translation>Đối chiếu với lịch sử: kiểm định ngược và giám sát</translation>
    </message>
    <message>
        <source>The scenario records the scheme&apos;s actual figures for %1 to %2. The back-test projects the scenario over the history&apos;s years and compares its figures with the actual ones; the monitoring indicators follow the scheme from the history into the projection.</source>
        <translation>Kịch bản ghi nhận số liệu thực tế của chế độ từ %1 đến %2. Kiểm định ngược dự báo kịch bản trong các năm có số liệu lịch sử và so sánh kết quả với số liệu thực tế; các chỉ số giám sát theo dõi chế độ từ giai đoạn lịch sử sang giai đoạn dự báo.</translation>
    </message>
    <message>
        <source>Back-test</source>
        <translation>Kiểm định ngược</translation>
    </message>
    <message>
        <source>Projected from %1 to %2, the scenario&apos;s start moved to %1.</source>
        <translation>Dự báo từ %1 đến %2, năm bắt đầu của kịch bản được dời về %1.</translation>
    </message>
    <message>
        <source>The history records no figure of those years that the projection gives.</source>
        <translation>Số liệu lịch sử không có con số nào của các năm đó mà dự báo tính ra.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Years compared</source>
        <translation>Số năm so sánh</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Sai số tuyệt đối trung bình</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <source>The mean absolute error is the average of |projected − actual| / |actual| over the years compared; the bias is the average of (projected − actual) / |actual|: above 0 the projection runs high.</source>
        <translation>Sai số tuyệt đối trung bình là trung bình của |dự báo − thực tế| / |thực tế| trên các năm được so sánh; độ lệch là trung bình của (dự báo − thực tế) / |thực tế|: lớn hơn 0 là dự báo cao hơn thực tế.</translation>
    </message>
    <message>
        <source>The back-test could not run: %1.</source>
        <translation>Không thể chạy kiểm định ngược: %1.</translation>
    </message>
    <message>
        <source>Monitoring indicators</source>
        <translation>Các chỉ số giám sát</translation>
    </message>
    <message>
        <source>Figures in bold are actual: computed from the history&apos;s figures. The others are projected. The average high-cost multiple (US Department of Labor) is the reserve over the year&apos;s covered wages divided by the mean of the three highest benefit cost rates of the last 20 years, actual where recorded; the projection&apos;s own high-cost multiple uses projected years only. Effective coverage is of the labour force; the coverage of the unemployed is the SDG indicator 1.3.1.</source>
        <translation>Các con số in đậm là số thực tế: tính từ số liệu lịch sử. Các con số còn lại là số dự báo. Hệ số chi phí cao bình quân (Bộ Lao động Hoa Kỳ) là quỹ dự phòng chia cho quỹ tiền lương đóng bảo hiểm của năm, rồi chia cho trung bình của ba tỷ lệ chi trợ cấp cao nhất trong 20 năm gần nhất, lấy số thực tế khi có; hệ số chi phí cao của riêng dự báo chỉ dùng các năm dự báo. Độ bao phủ thực tế tính trên lực lượng lao động; độ bao phủ người thất nghiệp là chỉ tiêu SDG 1.3.1.</translation>
    </message>
    <message>
        <source>In the recession tested, from %1, the reserve ratio is lowest in %2, at %3 of spending (%4 without the recession); the reserve does not run out.</source>
        <translation>Trong cuộc suy thoái được kiểm tra, từ năm %1, tỷ lệ dự trữ thấp nhất vào năm %2, ở mức %3 chi tiêu (%4 nếu không có suy thoái); quỹ dự phòng không cạn.</translation>
    </message>
    <message>
        <source>Lowest reserve ratio from %1, the recession&apos;s start</source>
        <translation>Tỷ lệ dự trữ thấp nhất từ năm %1, khi suy thoái bắt đầu</translation>
    </message>
    <message>
        <source>No future runs out of reserve by %1, so the chart of the probability of depletion is left out.</source>
        <translation>Không có tương lai nào cạn quỹ dự phòng trước hết năm %1, nên biểu đồ xác suất cạn kiệt được bỏ qua.</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Nhóm chính</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>Summed over %1–%2 (%3)</source>
        <translation>Cộng dồn %1–%2 (%3)</translation>
    </message>
    <message>
        <source>The group “%1” pays in %2 more than it draws out.</source>
        <translation>Nhóm “%1” đóng vào nhiều hơn số nhận ra %2.</translation>
    </message>
    <message>
        <source>The group “%1” draws out %2 times what it pays in.</source>
        <translation>Nhóm “%1” nhận ra gấp %2 lần số đóng vào.</translation>
    </message>
    <message>
        <source>The group “%1” draws out %2 and pays nothing in.</source>
        <translation>Nhóm “%1” nhận ra %2 và không đóng gì vào.</translation>
    </message>
    <message>
        <source>The group “%1” pays in as much as it draws out.</source>
        <translation>Nhóm “%1” đóng vào đúng bằng số nhận ra.</translation>
    </message>
    <message>
        <source>Together the groups pay in %1 more than they draw out.</source>
        <translation>Tính chung, các nhóm đóng vào nhiều hơn số nhận ra %1.</translation>
    </message>
    <message>
        <source>Together the groups draw out %1 more than they pay in; the reserve and its return make up the difference.</source>
        <translation>Tính chung, các nhóm nhận ra nhiều hơn số đóng vào %1; quỹ dự phòng và lợi tức của nó bù phần chênh lệch.</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>Từ %1 đến %2:</translation>
    </message>
    <message>
        <source>Worker groups</source>
        <translation>Các nhóm người lao động</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The insured form %1 groups: %2. They pay into one fund; this section shows what each group pays in and what it draws out.</source>
        <translation>Người tham gia được chia thành %1 nhóm: %2. Các nhóm cùng đóng vào một quỹ; phần này cho biết mỗi nhóm đóng vào bao nhiêu và nhận ra bao nhiêu.</translation>
    </message>
    <message>
        <source>Who pays, who draws, %1–%2</source>
        <translation>Ai đóng, ai hưởng, %1–%2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Đóng vào</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <source>All spending</source>
        <translation>Tổng chi</translation>
    </message>
    <message>
        <source>Cross-subsidy</source>
        <translation>Bù chéo</translation>
    </message>
    <message>
        <source>Money in %1, nominal, summed over %2–%3. Paid in: the contributions of the group&apos;s workers and of their employers, and what the state pays for the group (its contributions, its subsidy of low incomes and its share of the benefits). All spending: benefits, other benefit-related spending and administration. The cross-subsidy is what a group pays in minus what it draws out: above zero it pays for others.</source>
        <translation>Số tiền tính bằng %1, danh nghĩa, cộng dồn trong %2–%3. Đóng vào: tiền đóng của người lao động trong nhóm và của người sử dụng lao động, cùng phần Nhà nước trả cho nhóm (tiền đóng của Nhà nước, hỗ trợ cho người thu nhập thấp và phần trợ cấp do Nhà nước chi). Tổng chi: trợ cấp, các khoản chi khác gắn với trợ cấp và chi phí quản lý. Bù chéo là số một nhóm đóng vào trừ số nhận ra: lớn hơn không nghĩa là nhóm đó trả cho các nhóm khác.</translation>
    </message>
    <message>
        <source>By group in %1, %2 and %3</source>
        <translation>Theo nhóm năm %1, %2 và %3</translation>
    </message>
    <message>
        <source>By group, year by year</source>
        <translation>Theo nhóm, từng năm</translation>
    </message>
    <message>
        <source>Benefits / contri­butions</source>
        <translation>Trợ cấp / đóng góp</translation>
    </message>
    <message>
        <source>Money in %1, nominal. The cost rate is the group&apos;s spending as a share of its insured wages; benefits / contributions is the group&apos;s benefits over its contributions (a dash when it pays none). The fund&apos;s reserve is one for all groups: the annual results and the headline figures are those of all groups together.</source>
        <translation>Số tiền tính bằng %1, danh nghĩa. Tỷ lệ chi phí là chi tiêu của nhóm tính theo tỷ lệ trên quỹ lương đóng bảo hiểm của nhóm; trợ cấp / đóng góp là trợ cấp của nhóm chia cho tiền đóng của nhóm (gạch ngang khi nhóm không đóng). Quỹ dự phòng là chung cho mọi nhóm: kết quả hằng năm và các chỉ số chính là của tất cả các nhóm cộng lại.</translation>
    </message>
    <message>
        <source>Protection package</source>
        <translation>Gói bảo vệ người thất nghiệp</translation>
    </message>
    <message>
        <source>unemployment insurance</source>
        <translation>bảo hiểm thất nghiệp</translation>
    </message>
    <message>
        <source>severance pay</source>
        <translation>trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>individual savings accounts</source>
        <translation>tài khoản tiết kiệm cá nhân</translation>
    </message>
    <message>
        <source>unemployment assistance</source>
        <translation>trợ giúp thất nghiệp</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>The package protecting the unemployed combines %1. This section shows what each part costs, who pays for it (employers, workers, the state) and how many of the unemployed it reaches.</source>
        <translation>Gói bảo vệ người thất nghiệp kết hợp %1. Phần này cho biết chi phí của từng phần, ai chi trả (người sử dụng lao động, người lao động, Nhà nước) và bao nhiêu người thất nghiệp được bảo vệ.</translation>
    </message>
    <message>
        <source>In %1 the package costs %2 (%3 of covered wages); employers bear %4 of it, workers %5 and the state %6.</source>
        <translation>Năm %1, gói tốn %2 (%3 quỹ lương được bao phủ); người sử dụng lao động chịu %4, người lao động %5 và Nhà nước %6.</translation>
    </message>
    <message>
        <source>It protects %1 of the unemployed, against %2 by the insurance alone.</source>
        <translation>Gói bảo vệ %1 người thất nghiệp, so với %2 nếu chỉ có bảo hiểm.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Bảo hiểm</translation>
    </message>
    <message>
        <source>Severance pay</source>
        <translation>Trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Savings accounts</source>
        <translation>Tài khoản tiết kiệm</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Cả gói</translation>
    </message>
    <message>
        <source>Cost by part and payer in %1, %2 and %3</source>
        <translation>Chi phí theo phần và bên chi trả năm %1, %2 và %3</translation>
    </message>
    <message>
        <source>Cost by part and payer</source>
        <translation>Chi phí theo phần và bên chi trả</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>% of wages</source>
        <translation>% quỹ lương</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% GDP</translation>
    </message>
    <message>
        <source>Money in %1, nominal. Insurance: the contributions by payer, the state&apos;s including its subsidy and transfers. Severance pay: what employers pay directly and into a severance fund. Savings accounts: the contributions into the accounts and the solidarity fund (the workers&apos; own savings, returned to them). Assistance: benefits and their administration. % of wages: of the covered wage bill.</source>
        <translation>Số tiền tính bằng %1, danh nghĩa. Bảo hiểm: đóng góp theo bên chi trả, phần của Nhà nước gồm cả hỗ trợ và chuyển khoản. Trợ cấp thôi việc: khoản người sử dụng lao động trả trực tiếp và nộp vào quỹ trợ cấp thôi việc. Tài khoản tiết kiệm: khoản nộp vào tài khoản và quỹ đoàn kết (tiền tiết kiệm của chính người lao động, được trả lại cho họ). Trợ giúp: trợ cấp và chi phí quản lý. % quỹ lương: so với quỹ lương được bao phủ.</translation>
    </message>
    <message>
        <source>The scenario gives no GDP, so there are no ratios to GDP.</source>
        <translation>Kịch bản không có GDP nên không có tỷ lệ so với GDP.</translation>
    </message>
    <message>
        <source>Who is protected in %1, %2 and %3</source>
        <translation>Ai được bảo vệ năm %1, %2 và %3</translation>
    </message>
    <message>
        <source>Who is protected</source>
        <translation>Ai được bảo vệ</translation>
    </message>
    <message>
        <source>Unemployed on insurance benefits</source>
        <translation>Người thất nghiệp nhận trợ cấp bảo hiểm</translation>
    </message>
    <message>
        <source>Unemployed drawing on a savings account</source>
        <translation>Người thất nghiệp rút từ tài khoản tiết kiệm</translation>
    </message>
    <message>
        <source>Unemployed on assistance</source>
        <translation>Người thất nghiệp nhận trợ giúp</translation>
    </message>
    <message>
        <source>Unemployed protected by any part</source>
        <translation>Người thất nghiệp được bảo vệ bởi ít nhất một phần</translation>
    </message>
    <message>
        <source>Job losers paid severance</source>
        <translation>Người mất việc được trả trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Shares of the unemployed (the year&apos;s average), each person counted once in “any part”: an insured job loser draws on the account first. Job losers paid severance: of those who lost a job in the year.</source>
        <translation>Tỷ lệ trên số người thất nghiệp (bình quân năm), mỗi người chỉ tính một lần ở dòng “ít nhất một phần”: người mất việc có bảo hiểm rút tài khoản trước. Người mất việc được trả trợ cấp thôi việc: trên số người mất việc trong năm.</translation>
    </message>
    <message>
        <source>Cost by payer, %1–%2</source>
        <translation>Chi phí theo bên chi trả, %1–%2</translation>
    </message>
    <message>
        <source>Cost of the protection package by payer</source>
        <translation>Chi phí của gói bảo vệ theo bên chi trả</translation>
    </message>
    <message>
        <source>Job losses of the insured are multiplied by %1 in every month of the recession.</source>
        <translation>Số người tham gia bảo hiểm bị mất việc được nhân với %1 trong mỗi tháng suy thoái.</translation>
    </message>
    <message>
        <source>The group “%1” is hit harder: its job losses are also multiplied by %2 over the recession.</source>
        <translation>Nhóm “%1” chịu tác động nặng hơn: số người mất việc của nhóm còn được nhân thêm với %2 trong thời gian suy thoái.</translation>
    </message>
    <message>
        <source>The months of benefits covered are the reserve at the start of the peak year divided by that year&apos;s average monthly benefit spending. The recession is laid over the scenario&apos;s own unemployment path month by month; apart from the job losses said above, nothing else in the scenario changes.</source>
        <translation>Số tháng trợ cấp được bảo đảm là quỹ dự phòng đầu năm đỉnh chia cho chi trợ cấp bình quân tháng của năm đó. Cuộc suy thoái được cộng thêm theo từng tháng vào diễn biến thất nghiệp của kịch bản; ngoài số người mất việc nêu trên, mọi yếu tố khác của kịch bản giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ReserveChart</name>
    <message>
        <source>Reserve fund</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Reserve at year end</source>
        <translation>Quỹ dự phòng cuối năm</translation>
    </message>
    <message>
        <source>Reserve ratio (right axis)</source>
        <translation>Tỷ lệ dự trữ (trục phải)</translation>
    </message>
    <message>
        <source>Target reserve ratio</source>
        <translation>Tỷ lệ dự trữ mục tiêu</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Tỷ lệ dự trữ</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>năm chi tiêu</translation>
    </message>
    <message>
        <source>Actual reserve</source>
        <translation>Quỹ dự phòng thực tế</translation>
    </message>
    <message>
        <source>Actual reserve ratio</source>
        <translation>Tỷ lệ dự trữ thực tế</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ResultsTableModel</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Labour force</source>
        <translation>Lực lượng lao động</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Người thất nghiệp</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Separations</source>
        <translation>Mất việc làm</translation>
    </message>
    <message>
        <source>Contributory wage bill</source>
        <translation>Quỹ lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Mức đóng</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>New claims</source>
        <translation>Người hưởng mới</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Người hưởng</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <source>Other expenditure</source>
        <translation>Chi tiêu khác</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Chi phí quản lý</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Tổng chi</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Thu nhập đầu tư</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Chuyển giao</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Cân đối</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Tỷ lệ dự trữ</translation>
    </message>
    <message>
        <source>Reserve to wages</source>
        <translation>Quỹ dự phòng / quỹ lương</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>Effective coverage</source>
        <translation>Độ bao phủ thực tế</translation>
    </message>
    <message>
        <source>Average monthly benefit</source>
        <translation>Trợ cấp bình quân tháng</translation>
    </message>
    <message>
        <source>Average replacement rate</source>
        <translation>Tỷ lệ thay thế bình quân</translation>
    </message>
    <message>
        <source>High-cost multiple</source>
        <translation>Bội số chi phí cao</translation>
    </message>
    <message>
        <source>State&apos;s share of benefits</source>
        <translation>Phần trợ cấp do Nhà nước chi trả</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>người</translation>
    </message>
    <message>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation>năm dương lịch</translation>
    </message>
    <message>
        <source>LF[y], the labour force</source>
        <translation>LF[y], lực lượng lao động</translation>
    </message>
    <message>
        <source>U[y] = LF[y] × u[y], the unemployed</source>
        <translation>U[y] = LF[y] × u[y], số người thất nghiệp</translation>
    </message>
    <message>
        <source>INS[y]: employed wage employees covered by law who contribute</source>
        <translation>INS[y]: người làm công ăn lương đang có việc làm, thuộc diện luật bao phủ và có đóng góp</translation>
    </message>
    <message>
        <source>sum of I over the year: insured who lose their job</source>
        <translation>tổng I trong năm: người tham gia bị mất việc làm</translation>
    </message>
    <message>
        <source>12 × WB[y], the insured&apos;s contributory wages</source>
        <translation>12 × WB[y], tiền lương đóng bảo hiểm của người tham gia</translation>
    </message>
    <message>
        <source>c[y], the total rate on contributory wages</source>
        <translation>c[y], tổng mức đóng trên tiền lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>sum of CI over the year</source>
        <translation>tổng CI trong năm</translation>
    </message>
    <message>
        <source>sum of N over the year: new beneficiaries</source>
        <translation>tổng N trong năm: người hưởng mới</translation>
    </message>
    <message>
        <source>mean of BEN over the 12 months</source>
        <translation>bình quân BEN trong 12 tháng</translation>
    </message>
    <message>
        <source>sum of BX over the year: benefit spending</source>
        <translation>tổng BX trong năm: chi trợ cấp</translation>
    </message>
    <message>
        <source>sum of OX: benefit-related payments and active labour-market spending</source>
        <translation>tổng OX: các khoản chi liên quan đến trợ cấp và chi hỗ trợ thị trường lao động chủ động</translation>
    </message>
    <message>
        <source>sum of AX over the year</source>
        <translation>tổng AX trong năm</translation>
    </message>
    <message>
        <source>sum of TX: benefits + other expenditure + administration</source>
        <translation>tổng TX: trợ cấp + chi tiêu khác + chi phí quản lý</translation>
    </message>
    <message>
        <source>sum of II: the reserve&apos;s return (negative while the fund borrows)</source>
        <translation>tổng II: lợi nhuận của quỹ dự phòng (âm khi quỹ phải đi vay)</translation>
    </message>
    <message>
        <source>sum of T: transfers into (+) or out of (−) the fund</source>
        <translation>tổng T: khoản chuyển vào quỹ (+) hoặc chuyển ra khỏi quỹ (−)</translation>
    </message>
    <message>
        <source>surplus or deficit of the year: contributions + investment_income + transfers + state_subsidy − expenditure</source>
        <translation>thặng dư hoặc thâm hụt trong năm: contributions + investment_income + transfers + state_subsidy − expenditure</translation>
    </message>
    <message>
        <source>R at the end of the year</source>
        <translation>R vào cuối năm</translation>
    </message>
    <message>
        <source>reserve / expenditure, in years (empty when expenditure is 0)</source>
        <translation>reserve / expenditure, tính bằng năm (để trống khi expenditure bằng 0)</translation>
    </message>
    <message>
        <source>reserve / wage_bill (empty when wage_bill is 0)</source>
        <translation>reserve / wage_bill (để trống khi wage_bill bằng 0)</translation>
    </message>
    <message>
        <source>expenditure / wage_bill, the pay-as-you-go rate (empty when wage_bill is 0)</source>
        <translation>expenditure / wage_bill, mức đóng cân bằng thu chi trong năm (để trống khi wage_bill bằng 0)</translation>
    </message>
    <message>
        <source>beneficiaries / unemployed, the share of the unemployed who are paid</source>
        <translation>beneficiaries / unemployed, tỷ lệ người thất nghiệp được hưởng trợ cấp</translation>
    </message>
    <message>
        <source>benefits / (12 × beneficiaries), per month (empty when beneficiaries is 0)</source>
        <translation>benefits / (12 × beneficiaries), tính theo tháng (để trống khi beneficiaries bằng 0)</translation>
    </message>
    <message>
        <source>average_benefit / W[y] (empty when average_benefit is)</source>
        <translation>average_benefit / W[y] (để trống khi average_benefit để trống)</translation>
    </message>
    <message>
        <source>reserve_to_wages / mean of the three highest benefits / wage_bill among years 0..y; empty when that mean is 0 or undefined</source>
        <translation>reserve_to_wages / trung bình ba giá trị benefits / wage_bill cao nhất trong các năm 0..y; để trống khi giá trị trung bình đó bằng 0 hoặc không xác định</translation>
    </message>
    <message>
        <source>sum of GS over the year: the state&apos;s share of benefits</source>
        <translation>tổng GS trong năm: phần trợ cấp do Nhà nước chi trả</translation>
    </message>
    <message>
        <source>month of the year, 1..12</source>
        <translation>tháng trong năm, 1..12</translation>
    </message>
    <message>
        <source>I[m]: insured who lose their job in the month</source>
        <translation>I[m]: người tham gia bị mất việc làm trong tháng</translation>
    </message>
    <message>
        <source>N[m]: new beneficiaries in the month</source>
        <translation>N[m]: người hưởng mới trong tháng</translation>
    </message>
    <message>
        <source>BEN[m]: beneficiaries paid in the month</source>
        <translation>BEN[m]: người hưởng được chi trả trong tháng</translation>
    </message>
    <message>
        <source>CI[m]: contributions in the month</source>
        <translation>CI[m]: đóng góp trong tháng</translation>
    </message>
    <message>
        <source>BX[m]: benefit spending in the month</source>
        <translation>BX[m]: chi trợ cấp trong tháng</translation>
    </message>
    <message>
        <source>OX[m]: benefit-related and active labour-market spending</source>
        <translation>OX[m]: các khoản chi liên quan đến trợ cấp và chi hỗ trợ thị trường lao động chủ động</translation>
    </message>
    <message>
        <source>AX[m]: administration in the month</source>
        <translation>AX[m]: chi phí quản lý trong tháng</translation>
    </message>
    <message>
        <source>TX[m] = BX[m] + OX[m] + AX[m], expenditure in the month</source>
        <translation>TX[m] = BX[m] + OX[m] + AX[m], tổng chi trong tháng</translation>
    </message>
    <message>
        <source>II[m]: the reserve&apos;s return in the month</source>
        <translation>II[m]: lợi nhuận của quỹ dự phòng trong tháng</translation>
    </message>
    <message>
        <source>T[m]: the year&apos;s transfers spread over its months</source>
        <translation>T[m]: khoản chuyển giao của năm, phân bổ cho các tháng trong năm</translation>
    </message>
    <message>
        <source>R[m+1], the reserve at the end of the month</source>
        <translation>R[m+1], quỹ dự phòng vào cuối tháng</translation>
    </message>
    <message>
        <source>GS[m]: the state&apos;s share of benefits in the month</source>
        <translation>GS[m]: phần trợ cấp do Nhà nước chi trả trong tháng</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ResultsView</name>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Quỹ dự phòng</translation>
    </message>
    <message>
        <source>&amp;Income and spending</source>
        <translation>Thu và &amp;chi</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries</source>
        <translation>Ngườ&amp;i hưởng</translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation>Tỷ &amp;lệ</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>One row per projection year</source>
        <translation>Mỗi năm dự báo một dòng</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>One row per month: flows of the month, the reserve at its end</source>
        <translation>Mỗi tháng một dòng: các luồng trong tháng, quỹ dự phòng cuối tháng</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as CSV, exactly as tideover-cli writes it</source>
        <translation>Lưu bảng đang hiển thị thành CSV, đúng như tideover-cli ghi</translation>
    </message>
    <message>
        <source>Results are out of date: fix the marked value. The table shows the last valid results.</source>
        <translation>Kết quả đã cũ: hãy sửa giá trị được đánh dấu. Bảng hiển thị kết quả hợp lệ gần nhất.</translation>
    </message>
    <message>
        <source>Tab&amp;le</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <source>There are no results to export: the scenario has errors.</source>
        <translation>Không có kết quả để xuất: kịch bản có lỗi.</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Xuất kết quả thành CSV</translation>
    </message>
    <message>
        <source>The scenario has an error, so the table shows the last valid results, not the current values. Export them anyway?</source>
        <translation>Kịch bản có lỗi nên bảng hiển thị kết quả hợp lệ gần nhất, không phải giá trị hiện tại. Vẫn xuất?</translation>
    </message>
    <message>
        <source> - monthly</source>
        <translation> - hằng tháng</translation>
    </message>
    <message>
        <source> - annual</source>
        <translation> - hằng năm</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare with actual figures</source>
        <translation>So sánh với số liệu thực tế</translation>
    </message>
    <message>
        <source>For the years where the scenario&apos;s history overlaps the projection: the actual figure, the projected one and their difference</source>
        <translation>Với các năm mà số liệu lịch sử trùng với dự báo: số liệu thực tế, số liệu dự báo và chênh lệch giữa hai số</translation>
    </message>
    <message>
        <source> - actual and projected</source>
        <translation> - thực tế và dự báo</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Người hưởng</translation>
    </message>
    <message>
        <source>Cross-subsidy (paid in minus drawn out)</source>
        <translation>Trợ cấp chéo (đóng vào trừ nhận ra)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>Th&amp;eo nhóm</translation>
    </message>
    <message>
        <source>&amp;Who pays, who draws</source>
        <translation>&amp;Ai đóng, ai hưởng</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói bảo vệ</translation>
    </message>
    <message>
        <source>Severance pay, savings accounts and assistance with the insurance: what the package costs, who pays, and whom it protects</source>
        <translation>Trợ cấp thôi việc, tài khoản tiết kiệm và trợ giúp cùng với bảo hiểm: chi phí của gói, ai chi trả và gói bảo vệ những ai</translation>
    </message>
</context>
<context>
    <name>tideover::ui::RiskView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>&amp;Run simulation</source>
        <translation>&amp;Chạy mô phỏng</translation>
    </message>
    <message>
        <source>Project the scenario along many random futures of unemployment and returns (Ctrl+R)</source>
        <translation>Dự báo kịch bản theo nhiều tương lai ngẫu nhiên của thất nghiệp và lợi nhuận đầu tư (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the simulation (Esc)</source>
        <translation>Dừng mô phỏng (Esc)</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>How many random futures to simulate (stochastic.paths). More paths give smoother percentiles: 10,000 take well under a second.</source>
        <translation>Số tương lai ngẫu nhiên cần mô phỏng (stochastic.paths). Càng nhiều lượt thì bách phân vị càng mượt: 10.000 lượt mất chưa tới một giây.</translation>
    </message>
    <message>
        <source>The seed of the random numbers (stochastic.seed): the same seed gives exactly the same results on any computer; another seed gives another sample of futures.</source>
        <translation>Hạt giống của số ngẫu nhiên (stochastic.seed): cùng hạt giống cho đúng cùng kết quả trên mọi máy tính; hạt giống khác cho một mẫu tương lai khác.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Số lượt mô phỏng</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Tỷ lệ dự trữ</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>Depletion</source>
        <translation>Cạn kiệt</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>Mô phỏng thất bại: %1</translation>
    </message>
    <message>
        <source>each year the unemployment rate takes a random shock of typically ±1 point, %1 % of which carries into the next year</source>
        <translation>mỗi năm tỷ lệ thất nghiệp chịu một cú sốc ngẫu nhiên khoảng ±1 điểm, %1 % trong đó chuyển sang năm sau</translation>
    </message>
    <message>
        <source>each year the unemployment rate takes a random shock of typically ±%1 points, %2 % of which carries into the next year</source>
        <translation>mỗi năm tỷ lệ thất nghiệp chịu một cú sốc ngẫu nhiên khoảng ±%1 điểm, %2 % trong đó chuyển sang năm sau</translation>
    </message>
    <message>
        <source>no shocks to unemployment</source>
        <translation>không có cú sốc thất nghiệp</translation>
    </message>
    <message>
        <source>the reserve&apos;s return varies by typically ±%1 points</source>
        <translation>lợi nhuận đầu tư của quỹ dự phòng dao động khoảng ±%1 điểm</translation>
    </message>
    <message>
        <source>no shocks to the reserve&apos;s return</source>
        <translation>không có cú sốc lợi nhuận đầu tư của quỹ dự phòng</translation>
    </message>
    <message>
        <source>Random futures: %1; %2. &lt;a href=&quot;stochastic.unemployment_volatility&quot;&gt;Change…&lt;/a&gt;</source>
        <translation>Tương lai ngẫu nhiên: %1; %2. &lt;a href=&quot;stochastic.unemployment_volatility&quot;&gt;Thay đổi…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Chạy lại</translation>
    </message>
    <message>
        <source>Fix the marked values in the scenario first</source>
        <translation>Hãy sửa các giá trị được đánh dấu trong kịch bản trước</translation>
    </message>
    <message>
        <source>Computing the percentiles…</source>
        <translation>Đang tính bách phân vị…</translation>
    </message>
    <message>
        <source>Simulating %1 paths…</source>
        <translation>Đang mô phỏng %1 lượt…</translation>
    </message>
    <message>
        <source>%1 paths, seed %2, in %3</source>
        <translation>%1 lượt, hạt giống %2, trong %3</translation>
    </message>
    <message>
        <source> — scenario changed since</source>
        <translation> — kịch bản đã thay đổi từ đó</translation>
    </message>
    <message>
        <source>Fix the marked values to run the simulation.</source>
        <translation>Hãy sửa các giá trị được đánh dấu để chạy mô phỏng.</translation>
    </message>
    <message>
        <source>Press Run simulation to project many random futures</source>
        <translation>Nhấn Chạy mô phỏng để dự báo nhiều tương lai ngẫu nhiên</translation>
    </message>
    <message>
        <source>In %1 the median reserve ratio is &lt;b&gt;%2&lt;/b&gt;; in 90 % of the futures it lies between %3 and %4.</source>
        <translation>Năm %1 tỷ lệ dự trữ trung vị là &lt;b&gt;%2&lt;/b&gt;; trong 90 % số tương lai, nó nằm trong khoảng %3 đến %4.</translation>
    </message>
    <message>
        <source>In none of the %1 futures is the reserve depleted by %2.</source>
        <translation>Không có tương lai nào trong %1 tương lai mà quỹ dự phòng cạn kiệt vào năm %2.</translation>
    </message>
    <message>
        <source>The reserve is depleted by %1 in &lt;b&gt;%2&lt;/b&gt; of the futures%3.</source>
        <translation>Quỹ dự phòng cạn kiệt vào năm %1 trong &lt;b&gt;%2&lt;/b&gt; số tương lai%3.</translation>
    </message>
    <message>
        <source>; half of all the simulated futures are depleted by %1</source>
        <translation>; trong một nửa tổng số tương lai được mô phỏng, quỹ đã cạn kiệt vào năm %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ScenarioDocument</name>
    <message>
        <source>Change %1</source>
        <translation>Thay đổi %1</translation>
    </message>
    <message>
        <source>unknown parameter %1</source>
        <translation>tham số không xác định %1</translation>
    </message>
    <message>
        <source>Change source of %1</source>
        <translation>Thay đổi nguồn của %1</translation>
    </message>
    <message>
        <source>Change scenario details</source>
        <translation>Thay đổi thông tin kịch bản</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>The scenario has no file name yet.</source>
        <translation>Kịch bản chưa có tên tệp.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the file in its older format (%1) before saving: the folder may be read-only. The file was not changed.</source>
        <translation>Không thể giữ bản sao của tệp ở định dạng cũ (%1) trước khi lưu: thư mục có thể chỉ cho phép đọc. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The scenario has never been saved, so there is no file to revert to.</source>
        <translation>Kịch bản chưa từng được lưu nên không có tệp để quay về.</translation>
    </message>
    <message>
        <source>Change %1 from %2</source>
        <translation>Sửa %1 từ năm %2</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>Thêm %1 từ năm %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Xóa %1 từ năm %2</translation>
    </message>
    <message>
        <source>Change actual figure: %1 %2</source>
        <translation>Sửa số liệu thực tế: %1 %2</translation>
    </message>
    <message>
        <source>Change source of actual figure: %1 %2</source>
        <translation>Sửa nguồn của số liệu thực tế: %1 %2</translation>
    </message>
    <message>
        <source>Change notes of actual figures: %1</source>
        <translation>Sửa ghi chú số liệu thực tế: %1</translation>
    </message>
    <message>
        <source>Remove actual figures of %1</source>
        <translation>Xóa số liệu thực tế năm %1</translation>
    </message>
    <message>
        <source>unknown group key %1</source>
        <translation>khóa nhóm không xác định %1</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Thêm nhóm %1</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>Xóa nhóm %1</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>Đổi tên nhóm %1</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Nhóm chính</translation>
    </message>
    <message>
        <source>Inherit %1</source>
        <translation>Kế thừa %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ScenarioEditor</name>
    <message>
        <source>Find a parameter by name or key</source>
        <translation>Tìm tham số theo tên hoặc khóa</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Đến lỗi</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>No parameter matches.</source>
        <translation>Không có tham số nào phù hợp.</translation>
    </message>
    <message>
        <source>%1 in the scenario. The results shown are from the last valid version and are out of date until it is corrected.</source>
        <translation>%1 trong kịch bản. Kết quả hiển thị là của phiên bản hợp lệ gần nhất và sẽ cũ cho đến khi được sửa.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 lỗi</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 lỗi</translation>
    </message>
    <message>
        <source>%1 in the scenario: nothing can be projected until it is corrected.</source>
        <translation>%1 trong kịch bản: không thể dự báo cho đến khi được sửa.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>kịch bản</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <source>author</source>
        <translation>tác giả</translation>
    </message>
    <message>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>tiền tệ</translation>
    </message>
    <message>
        <source>Reforms</source>
        <translation>Cải cách</translation>
    </message>
    <message>
        <source>Actual figures (history)</source>
        <translation>Số liệu thực tế (lịch sử)</translation>
    </message>
    <message>
        <source>Edit Figures…</source>
        <translation>Sửa số liệu…</translation>
    </message>
    <message>
        <source>Show the table of actual figures, a row per year</source>
        <translation>Hiện bảng số liệu thực tế, mỗi năm một dòng</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <source>Read the actual figures from a CSV file (File ▸ Import History)</source>
        <translation>Đọc số liệu thực tế từ tệp CSV (Tệp ▸ Nhập số liệu lịch sử)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Save the actual figures as a CSV file (File ▸ Export History)</source>
        <translation>Lưu số liệu thực tế thành tệp CSV (Tệp ▸ Xuất số liệu lịch sử)</translation>
    </message>
    <message>
        <source>None yet. The published figures of past years (contributions, benefits, the reserve, …) show on the charts beside the projection.</source>
        <translation>Chưa có. Số liệu đã công bố của các năm trước (đóng góp, trợ cấp, quỹ dự phòng, …) sẽ hiển thị trên biểu đồ bên cạnh dự báo.</translation>
    </message>
    <message>
        <source>%1 (%2–%3), %4 recorded. They show on the charts as markers beside the projection.</source>
        <translation>%1 (%2–%3), có %4. Chúng hiển thị trên biểu đồ dưới dạng điểm đánh dấu bên cạnh dự báo.</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 năm</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 chỉ tiêu</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 chỉ tiêu</translation>
    </message>
    <message>
        <source>Worker groups</source>
        <translation>Nhóm người lao động</translation>
    </message>
    <message>
        <source>Protection package</source>
        <translation>Gói bảo vệ người thất nghiệp</translation>
    </message>
    <message>
        <source>Beside the insurance: severance pay, savings accounts and unemployment assistance. Each is off until its first setting chooses a rule.</source>
        <translation>Bên cạnh bảo hiểm: trợ cấp thôi việc, tài khoản tiết kiệm và trợ giúp thất nghiệp. Mỗi phần đều tắt cho đến khi thiết lập đầu tiên của nó chọn một quy tắc.</translation>
    </message>
    <message>
        <source>Applies when “%1” is %2.</source>
        <translation>Áp dụng khi “%1” là %2.</translation>
    </message>
    <message>
        <source>This part of the package is off: choose a rule in “%1” to turn it on.</source>
        <translation>Phần này của gói đang tắt: chọn một quy tắc ở “%1” để bật.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::SensitivityView</name>
    <message>
        <source>each assumption</source>
        <translation>từng giả định</translation>
    </message>
    <message>
        <source>each scheme-design setting</source>
        <translation>từng thiết lập thiết kế chế độ</translation>
    </message>
    <message>
        <source>each assumption and design setting</source>
        <translation>từng giả định và thiết lập thiết kế</translation>
    </message>
    <message>
        <source>Assumptions: labour market, coverage, wages, economy, eligibility and reserve. Design settings: contributions, benefits, spending and the financing rule.</source>
        <translation>Giả định: thị trường lao động, độ bao phủ, tiền lương, kinh tế, điều kiện hưởng và quỹ dự phòng. Thiết lập thiết kế: đóng góp, trợ cấp, chi tiêu và quy tắc tài chính.</translation>
    </message>
    <message>
        <source>Each value is lowered and raised by this share of itself (10 %: a job-finding rate of 35 % becomes 31.5 % and 38.5 %), then kept within its allowed range</source>
        <translation>Mỗi giá trị được hạ và nâng theo tỷ lệ này của chính nó (10 %: tỷ lệ tìm được việc làm 35 % thành 31,5 % và 38,5 %), rồi giữ trong phạm vi cho phép</translation>
    </message>
    <message>
        <source>the reserve ratio at the end of</source>
        <translation>tỷ lệ dự trữ vào cuối năm</translation>
    </message>
    <message>
        <source>the lowest reserve ratio</source>
        <translation>tỷ lệ dự trữ thấp nhất</translation>
    </message>
    <message>
        <source>the break-even contribution rate</source>
        <translation>mức đóng hòa vốn</translation>
    </message>
    <message>
        <source>the year the reserve is depleted</source>
        <translation>năm quỹ dự phòng cạn kiệt</translation>
    </message>
    <message>
        <source>The year whose end-of-year reserve ratio is compared</source>
        <translation>Năm có tỷ lệ dự trữ cuối năm được so sánh</translation>
    </message>
    <message>
        <source>Lower and raise</source>
        <translation>Hạ và nâng</translation>
    </message>
    <message>
        <source>by</source>
        <translation>mức</translation>
    </message>
    <message>
        <source>one at a time, and show the effect on</source>
        <translation>mỗi lần một, và hiển thị ảnh hưởng đến</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>Lowered to</source>
        <translation>Hạ xuống</translation>
    </message>
    <message>
        <source>Raised to</source>
        <translation>Nâng lên</translation>
    </message>
    <message>
        <source>Effect, lowered</source>
        <translation>Ảnh hưởng khi hạ</translation>
    </message>
    <message>
        <source>Effect, raised</source>
        <translation>Ảnh hưởng khi nâng</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>The analysis could not run: %1</source>
        <translation>Không thể chạy phân tích: %1</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Không có kết quả: kịch bản có lỗi</translation>
    </message>
    <message>
        <source>Reserve ratio at the end of %1</source>
        <translation>Tỷ lệ dự trữ cuối năm %1</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Tỷ lệ dự trữ thấp nhất</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Mức đóng hòa vốn</translation>
    </message>
    <message>
        <source>Year the reserve is depleted</source>
        <translation>Năm quỹ dự phòng cạn kiệt</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>giả định</translation>
    </message>
    <message>
        <source>design setting</source>
        <translation>thiết lập thiết kế</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>tham số</translation>
    </message>
    <message>
        <source>%1: each %2 lowered and raised by %3 %</source>
        <translation>%1: %2 được hạ và nâng %3 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>With the scenario as given: %1. Lowered and raised values stay within their allowed range.</source>
        <translation>Với kịch bản như đã cho: %1. Các giá trị hạ và nâng nằm trong phạm vi cho phép.</translation>
    </message>
    <message>
        <source>No value for: %1.</source>
        <translation>Không có giá trị cho: %1.</translation>
    </message>
    <message>
        <source>Not varied, as a change by a share of itself leaves the value as it is (a value of 0 stays 0): %1.</source>
        <translation>Không thay đổi, vì thay đổi theo tỷ lệ của chính giá trị vẫn giữ nguyên giá trị đó (giá trị 0 vẫn là 0): %1.</translation>
    </message>
    <message>
        <source>No effect on this measure: %1.</source>
        <translation>Không ảnh hưởng đến chỉ số này: %1.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::SeriesEditor</name>
    <message>
        <source>Each value holds from its year onward, until the next change.</source>
        <translation>Mỗi giá trị áp dụng từ năm của nó cho đến lần thay đổi tiếp theo.</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>Add a change</source>
        <translation>Thêm một thay đổi</translation>
    </message>
    <message>
        <source>Add a year from which the value changes</source>
        <translation>Thêm một năm mà từ đó giá trị thay đổi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Giá trị (%1)</translation>
    </message>
    <message>
        <source>The last value holds to the end of the projection (%1).</source>
        <translation>Giá trị cuối cùng áp dụng đến hết kỳ dự báo (%1).</translation>
    </message>
    <message>
        <source>The first projected year</source>
        <translation>Năm dự báo đầu tiên</translation>
    </message>
    <message>
        <source>The year from which this value applies</source>
        <translation>Năm mà từ đó giá trị này được áp dụng</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation>Xóa thay đổi này</translation>
    </message>
    <message>
        <source>Outside the allowed range: %1</source>
        <translation>Ngoài phạm vi cho phép: %1</translation>
    </message>
    <message>
        <source>Another change is in the same year; the lower row counts.</source>
        <translation>Có thay đổi khác trong cùng năm; dòng bên dưới được tính.</translation>
    </message>
    <message>
        <source>After the end of the projection (%1): this value is never used.</source>
        <translation>Sau khi kết thúc kỳ dự báo (%1): giá trị này không bao giờ được dùng.</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Giá trị gốc</translation>
    </message>
    <message>
        <source>Changes from a calendar year</source>
        <translation>Thay đổi từ một năm dương lịch</translation>
    </message>
    <message>
        <source>A law or reform that sets the value from a year on, until the next change; it replaces the base value above from that year.</source>
        <translation>Một luật hoặc cải cách đặt giá trị từ một năm trở đi, cho đến thay đổi tiếp theo; nó thay thế giá trị gốc ở trên từ năm đó.</translation>
    </message>
    <message>
        <source>None: the base value holds in every year.</source>
        <translation>Không có: giá trị gốc áp dụng cho mọi năm.</translation>
    </message>
    <message>
        <source>Add a dated change</source>
        <translation>Thêm thay đổi theo năm</translation>
    </message>
    <message>
        <source>Add a change from a calendar year on, such as a new law</source>
        <translation>Thêm một thay đổi từ một năm dương lịch, chẳng hạn một luật mới</translation>
    </message>
    <message>
        <source>The calendar year from which this value applies</source>
        <translation>Năm dương lịch mà giá trị này bắt đầu áp dụng</translation>
    </message>
    <message>
        <source>There is already a change in %1.</source>
        <translation>Đã có một thay đổi vào năm %1.</translation>
    </message>
    <message>
        <source>Source: the law and its date</source>
        <translation>Nguồn: luật và ngày ban hành</translation>
    </message>
    <message>
        <source>Where this change comes from: the law, the decree or the report, and its date</source>
        <translation>Thay đổi này từ đâu: luật, nghị định hoặc báo cáo, và ngày ban hành</translation>
    </message>
    <message>
        <source>After the horizon (%1): no effect.</source>
        <translation>Sau kỳ dự báo (%1): không có tác dụng.</translation>
    </message>
    <message>
        <source>At or before the start year: replaces the base value from the start.</source>
        <translation>Vào hoặc trước năm bắt đầu: thay thế giá trị gốc từ đầu.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::SolveDialog</name>
    <message>
        <source>Solve for the contribution rate</source>
        <translation>Tìm mức đóng</translation>
    </message>
    <message>
        <source>Solve for the replacement rate</source>
        <translation>Tìm tỷ lệ hưởng</translation>
    </message>
    <message>
        <source>The scenario has errors. Fix the marked values first, then solve again.</source>
        <translation>Kịch bản có lỗi. Hãy sửa các giá trị được đánh dấu trước rồi tính lại.</translation>
    </message>
    <message>
        <source>A total contribution rate of &lt;b&gt;%1&lt;/b&gt; keeps the reserve ratio at or above %2 in every year to %3.</source>
        <translation>Mức đóng tổng &lt;b&gt;%1&lt;/b&gt; giữ tỷ lệ dự trữ từ %2 trở lên trong mọi năm đến %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No&lt;/b&gt; total contribution rate up to 100 % keeps the reserve ratio at or above %1 in every year to %2.</source>
        <translation>&lt;b&gt;Không có&lt;/b&gt; mức đóng tổng nào đến 100 % giữ được tỷ lệ dự trữ từ %1 trở lên trong mọi năm đến %2.</translation>
    </message>
    <message>
        <source>The first years usually decide this: a reserve that starts below the target cannot be filled within a year by any rate. A transfer into the fund, a larger initial reserve or a lower target would help.</source>
        <translation>Những năm đầu thường quyết định: quỹ dự phòng bắt đầu dưới mục tiêu thì không mức đóng nào bù đủ trong một năm. Một khoản chuyển vào quỹ, quỹ ban đầu lớn hơn hoặc mục tiêu thấp hơn sẽ giúp ích.</translation>
    </message>
    <message>
        <source>It is also the break-even rate, which looks at %1 alone: the last year is the one that binds.</source>
        <translation>Đây cũng là tỷ lệ hòa vốn, chỉ xét riêng năm %1: năm cuối là năm ràng buộc.</translation>
    </message>
    <message>
        <source>The break-even rate, which brings the reserve to %1 in %2 alone, is %3.</source>
        <translation>Tỷ lệ hòa vốn, đưa quỹ dự phòng đạt %1 chỉ riêng năm %2, là %3.</translation>
    </message>
    <message>
        <source>There is no break-even rate either: even with no contributions at all the reserve in %1 exceeds the target.</source>
        <translation>Cũng không có tỷ lệ hòa vốn: ngay cả khi không đóng góp, quỹ dự phòng năm %1 vẫn vượt mục tiêu.</translation>
    </message>
    <message>
        <source>There is no break-even rate either: even 100 % leaves the reserve in %1 below the target.</source>
        <translation>Cũng không có tỷ lệ hòa vốn: ngay cả 100 % vẫn để quỹ dự phòng năm %1 dưới mục tiêu.</translation>
    </message>
    <message>
        <source>Today&apos;s total rate is %1.</source>
        <translation>Mức đóng tổng hiện nay là %1.</translation>
    </message>
    <message>
        <source>Apply the rate that keeps the target every year (%1)</source>
        <translation>Áp dụng mức đóng giữ mục tiêu mọi năm (%1)</translation>
    </message>
    <message>
        <source>Apply the break-even rate (%1)</source>
        <translation>Áp dụng tỷ lệ hòa vốn (%1)</translation>
    </message>
    <message>
        <source>The legislated contribution rate of %1 finances even a replacement rate of &lt;b&gt;150 %&lt;/b&gt;, the highest the model allows, with the reserve at %2 of spending in %3.</source>
        <translation>Mức đóng theo luật %1 chi trả được cả tỷ lệ hưởng &lt;b&gt;150 %&lt;/b&gt;, mức cao nhất mô hình cho phép, với quỹ dự phòng bằng %2 chi tiêu năm %3.</translation>
    </message>
    <message>
        <source>The legislated contribution rate of %1 finances a replacement rate of up to &lt;b&gt;%2&lt;/b&gt; of the reference wage, for every month of benefit, with the reserve at %3 of spending in %4.</source>
        <translation>Mức đóng theo luật %1 chi trả được tỷ lệ hưởng đến &lt;b&gt;%2&lt;/b&gt; tiền lương tham chiếu, cho mọi tháng hưởng, với quỹ dự phòng bằng %3 chi tiêu năm %4.</translation>
    </message>
    <message>
        <source>The legislated contribution rate of %1 does not reach the target in %2 &lt;b&gt;even with no benefit at all&lt;/b&gt;: administration, other spending or a debt take more than it brings in.</source>
        <translation>Mức đóng theo luật %1 không đạt mục tiêu năm %2 &lt;b&gt;ngay cả khi không có trợ cấp nào&lt;/b&gt;: chi quản lý, chi khác hoặc nợ chiếm nhiều hơn số thu.</translation>
    </message>
    <message>
        <source>Today: %1 for every month of benefit.</source>
        <translation>Hiện nay: %1 cho mọi tháng hưởng.</translation>
    </message>
    <message>
        <source>Today: %1 by month of benefit.</source>
        <translation>Hiện nay: %1 theo tháng hưởng.</translation>
    </message>
    <message>
        <source>The maximum durations stay as they are.</source>
        <translation>Thời gian hưởng tối đa giữ nguyên.</translation>
    </message>
    <message>
        <source>Also switch the financing rule to fixed (the answer assumes the contribution rate stays fixed; the reserve-band rule would move it)</source>
        <translation>Đồng thời chuyển quy tắc tài chính sang cố định (kết quả giả định mức đóng giữ cố định; quy tắc reserve_band (khoảng dự trữ) sẽ làm nó thay đổi)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; sets the employee, employer and government rates to %1, %2 and %3: the government rate alone exceeds the answer, so all three are scaled down together.</source>
        <translation>&lt;b&gt;Áp dụng&lt;/b&gt; đặt tỷ lệ đóng của người lao động, người sử dụng lao động và Nhà nước là %1, %2 và %3: riêng tỷ lệ đóng của Nhà nước đã vượt kết quả nên cả ba được giảm cùng nhau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; sets the employee rate to %1 and the employer rate to %2, splitting the new total as today (%3 : %4)</source>
        <translation>&lt;b&gt;Áp dụng&lt;/b&gt; đặt tỷ lệ đóng của người lao động là %1 và tỷ lệ đóng của người sử dụng lao động là %2, chia tổng mới như hiện nay (%3 : %4)</translation>
    </message>
    <message>
        <source>; the government rate stays at %1.</source>
        <translation>; tỷ lệ đóng của Nhà nước giữ ở %1.</translation>
    </message>
    <message>
        <source>The rates become the same in every year.</source>
        <translation>Các mức đóng trở nên giống nhau mọi năm.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; sets the replacement rate to %1 for every month of benefit.</source>
        <translation>&lt;b&gt;Áp dụng&lt;/b&gt; đặt tỷ lệ hưởng là %1 cho mọi tháng hưởng.</translation>
    </message>
    <message>
        <source>The financing rule becomes fixed.</source>
        <translation>Quy tắc tài chính trở thành cố định.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes it back.</source>
        <translation>Hoàn tác (Ctrl+Z) để khôi phục.</translation>
    </message>
    <message>
        <source>Apply solved contribution rate %1</source>
        <translation>Áp dụng mức đóng đã tìm %1</translation>
    </message>
    <message>
        <source>Apply solved replacement rate %1</source>
        <translation>Áp dụng tỷ lệ hưởng đã tìm %1</translation>
    </message>
    <message>
        <source>The reforms&apos; replacement rates are removed: the rate applies to every claim.</source>
        <translation>Tỷ lệ hưởng của các cải cách bị xóa: tỷ lệ này áp dụng cho mọi hồ sơ.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::StandardsView</name>
    <message>
        <source>The scenario has errors: fix the marked values to check it against the standards.</source>
        <translation>Kịch bản có lỗi: hãy sửa các giá trị được đánh dấu để đối chiếu với các tiêu chuẩn.</translation>
    </message>
    <message>
        <source>ILO Social Security (Minimum Standards) Convention, 1952 (No. 102), Part IV, and Employment Promotion and Protection against Unemployment Convention, 1988 (No. 168). The check compares the scheme&apos;s parameters, not its projected figures, with the minima the conventions set.</source>
        <translation>Công ước về An sinh xã hội (Tiêu chuẩn tối thiểu) của ILO, 1952 (số 102), Phần IV, và Công ước về Xúc tiến việc làm và Bảo vệ chống thất nghiệp, 1988 (số 168). Việc kiểm tra so sánh các tham số của chế độ, không phải số liệu dự báo, với mức tối thiểu mà các công ước quy định.</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Công ước</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Điều</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Meets %1 of %2 minimum standards</source>
        <translation>Đạt %1 trên %2 tiêu chuẩn tối thiểu</translation>
    </message>
    <message numerus="yes">
        <source> (%n not assessed)</source>
        <translation>
            <numerusform> (%n chưa đánh giá)</numerusform>
        </translation>
    </message>
    <message>
        <source>; no shortfalls.</source>
        <translation>; không có điểm chưa đạt.</translation>
    </message>
    <message>
        <source>; falls short on %1.</source>
        <translation>; chưa đạt ở %1.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::StressChart</name>
    <message>
        <source>Reserve ratio with and without the recession</source>
        <translation>Tỷ lệ dự trữ có và không có suy thoái</translation>
    </message>
    <message>
        <source>Unemployment rate (yearly average) with and without the recession</source>
        <translation>Tỷ lệ thất nghiệp (bình quân năm) có và không có suy thoái</translation>
    </message>
    <message>
        <source>Without the recession</source>
        <translation>Không có suy thoái</translation>
    </message>
    <message>
        <source>With the recession</source>
        <translation>Có suy thoái</translation>
    </message>
    <message>
        <source>Target reserve ratio</source>
        <translation>Tỷ lệ dự trữ mục tiêu</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Tỷ lệ dự trữ</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>năm chi tiêu</translation>
    </message>
    <message>
        <source>Unemployment rate</source>
        <translation>Tỷ lệ thất nghiệp</translation>
    </message>
    <message>
        <source>Results are out of date: fix the marked value</source>
        <translation>Kết quả đã cũ: hãy sửa giá trị được đánh dấu</translation>
    </message>
</context>
<context>
    <name>tideover::ui::StressTestView</name>
    <message>
        <source>2009-like: +3 points over 12 months, 24 to recover</source>
        <translation>Kiểu 2009: +3 điểm trong 12 tháng, 24 tháng để phục hồi</translation>
    </message>
    <message>
        <source>Severe: +6 points over 18 months, 36 to recover</source>
        <translation>Nghiêm trọng: +6 điểm trong 18 tháng, 36 tháng để phục hồi</translation>
    </message>
    <message>
        <source>Sudden (2020-like): +8 points over 3 months, 18 to recover</source>
        <translation>Đột ngột (kiểu 2020): +8 điểm trong 3 tháng, 18 tháng để phục hồi</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 vào năm %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>The recession begins in January of this year</source>
        <translation>Suy thoái bắt đầu vào tháng Một của năm này</translation>
    </message>
    <message>
        <source> points</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>How far the unemployment rate rises above the scenario&apos;s at the peak, in percentage points (3 points: from 5 % to 8 %)</source>
        <translation>Tỷ lệ thất nghiệp tại đỉnh cao hơn kịch bản bao nhiêu điểm phần trăm (3 điểm: từ 5 % lên 8 %)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Months from the start of the recession to its peak; the rise is linear</source>
        <translation>Số tháng từ khi bắt đầu suy thoái đến đỉnh; mức tăng là tuyến tính</translation>
    </message>
    <message>
        <source>Months from the peak back to the scenario&apos;s unemployment rate; 0 ends it at once</source>
        <translation>Số tháng từ đỉnh trở về tỷ lệ thất nghiệp của kịch bản; 0 kết thúc ngay lập tức</translation>
    </message>
    <message>
        <source>Recession:</source>
        <translation>Suy thoái:</translation>
    </message>
    <message>
        <source>starts in</source>
        <translation>bắt đầu năm</translation>
    </message>
    <message>
        <source>unemployment rises</source>
        <translation>thất nghiệp tăng</translation>
    </message>
    <message>
        <source>over</source>
        <translation>trong</translation>
    </message>
    <message>
        <source>and recovers over</source>
        <translation>và phục hồi trong</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>With the recession</source>
        <translation>Có suy thoái</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Tỷ lệ dự trữ thấp nhất</translation>
    </message>
    <message>
        <source>Reserve depleted</source>
        <translation>Quỹ cạn kiệt</translation>
    </message>
    <message>
        <source>The reserve at the start of the year in which the recession peaks, divided by that year&apos;s average monthly benefit spending: how long the fund could pay benefits with no contributions at all.</source>
        <translation>Quỹ dự phòng đầu năm suy thoái đạt đỉnh, chia cho chi trợ cấp bình quân tháng của năm đó: quỹ có thể chi trả trợ cấp bao lâu nếu không có đóng góp nào.</translation>
    </message>
    <message>
        <source>The stress test could not run: %1</source>
        <translation>Không thể chạy kiểm tra sức chịu đựng: %1</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Không có kết quả: kịch bản có lỗi</translation>
    </message>
    <message>
        <source>Months of benefits the reserve covers at the start of %1</source>
        <translation>Số tháng trợ cấp quỹ dự phòng chi trả được vào đầu năm %1</translation>
    </message>
    <message>
        <source>A recession that raises unemployment by &lt;b&gt;%1 points&lt;/b&gt; from January %2, peaking after %3 months and receding over %4, </source>
        <translation>Một cuộc suy thoái làm thất nghiệp tăng &lt;b&gt;%1 điểm&lt;/b&gt; từ tháng Một năm %2, đạt đỉnh sau %3 tháng và giảm dần trong %4, </translation>
    </message>
    <message>
        <source>lowers the lowest reserve ratio from %1 to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>làm tỷ lệ dự trữ thấp nhất giảm từ %1 xuống &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>changes the lowest reserve ratio to %1.</source>
        <translation>làm tỷ lệ dự trữ thấp nhất thành %1.</translation>
    </message>
    <message>
        <source>At the start of %1 the reserve covers %2 months of that year&apos;s benefits, against %3 without the recession.</source>
        <translation>Đầu năm %1, quỹ dự phòng chi trả được %2 tháng trợ cấp của năm đó, so với %3 khi không có suy thoái.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The fund is depleted in %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quỹ cạn kiệt vào năm %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (without the recession: %1).</source>
        <translation> (không có suy thoái: %1).</translation>
    </message>
    <message>
        <source>, which it is not without the recession.</source>
        <translation>, điều không xảy ra khi không có suy thoái.</translation>
    </message>
    <message>
        <source>The fund is not depleted by %1.</source>
        <translation>Quỹ không cạn kiệt đến năm %1.</translation>
    </message>
    <message>
        <source>A claims shock the unemployment rate does not show: job losses of the insured are multiplied by this factor in every month of the recession (job-retention schemes ending, mass lay-offs in a sector). 1: none.</source>
        <translation>Cú sốc về số hồ sơ mà tỷ lệ thất nghiệp không thể hiện: số người tham gia bảo hiểm bị mất việc được nhân với hệ số này trong mọi tháng suy thoái (chấm dứt các chương trình duy trì việc làm, sa thải hàng loạt trong một ngành). 1: không có.</translation>
    </message>
    <message>
        <source>job losses</source>
        <translation>số người mất việc</translation>
    </message>
    <message>
        <source>The month in which the recession raises benefit spending most above the scenario without it, and that month&apos;s spending in both.</source>
        <translation>Tháng mà suy thoái đẩy chi trợ cấp lên cao nhất so với kịch bản không có suy thoái, và mức chi của tháng đó trong cả hai trường hợp.</translation>
    </message>
    <message>
        <source>The month in which the recession raises the number of beneficiaries most above the scenario without it, and that month&apos;s number in both.</source>
        <translation>Tháng mà suy thoái đẩy số người hưởng lên cao nhất so với kịch bản không có suy thoái, và số người của tháng đó trong cả hai trường hợp.</translation>
    </message>
    <message>
        <source>Reading note: with steady-state flows, job losses follow the level of unemployment, not how fast it rises, so new claims in the months when it climbs are understated and these figures are somewhat optimistic. The dynamic flow model (Labour market) adds them.</source>
        <translation>Lưu ý khi đọc: với dòng lao động ổn định, số người mất việc theo mức thất nghiệp chứ không theo tốc độ tăng, nên số hồ sơ mới trong các tháng thất nghiệp tăng bị đánh giá thấp và các số liệu này hơi lạc quan. Mô hình dòng lao động động (Thị trường lao động) cộng thêm phần đó.</translation>
    </message>
    <message>
        <source>Benefit spending at its peak, %1</source>
        <translation>Chi trợ cấp ở mức cao nhất, %1</translation>
    </message>
    <message>
        <source>Beneficiaries at their peak, %1</source>
        <translation>Số người hưởng ở mức cao nhất, %1</translation>
    </message>
    <message>
        <source>with job losses %1 times the usual in those months, </source>
        <translation>với số người mất việc gấp %1 lần bình thường trong các tháng đó, </translation>
    </message>
    <message>
        <source>With worker groups: a group whose job losses rise more than the others&apos; in the recession, by the factor beside it</source>
        <translation>Khi có các nhóm người lao động: nhóm có số người mất việc tăng nhiều hơn các nhóm khác trong suy thoái, theo hệ số bên cạnh</translation>
    </message>
    <message>
        <source>The group&apos;s job losses are multiplied by this in every month of the recession, on top of the factor for everyone</source>
        <translation>Số người mất việc của nhóm được nhân với hệ số này trong mỗi tháng suy thoái, cộng thêm hệ số áp dụng cho tất cả</translation>
    </message>
    <message>
        <source>group hit harder</source>
        <translation>nhóm bị ảnh hưởng nặng hơn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Nhóm chính</translation>
    </message>
    <message>
        <source>and those of %1 %2 times more again, </source>
        <translation>và số mất việc của %1 còn gấp %2 lần nữa, </translation>
    </message>
</context>
<context>
    <name>tideover::ui::TornadoChart</name>
    <message>
        <source>Sensitivity</source>
        <translation>Độ nhạy</translation>
    </message>
    <message>
        <source>Assumption lowered</source>
        <translation>Giả định được hạ</translation>
    </message>
    <message>
        <source>Assumption raised</source>
        <translation>Giả định được nâng</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Dữ liệu (CSV)…</translation>
    </message>
    <message>
        <source>Save this chart as an image, a PDF or its data as CSV</source>
        <translation>Lưu biểu đồ này thành hình ảnh, PDF hoặc dữ liệu CSV</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Results are out of date: fix the marked value</source>
        <translation>Kết quả đã cũ: hãy sửa giá trị được đánh dấu</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Cơ sở: %1</translation>
    </message>
    <message>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>The reserve is not depleted within the horizon, whichever assumption is changed</source>
        <translation>Quỹ dự phòng không cạn kiệt trong kỳ dự báo, dù thay đổi giả định nào</translation>
    </message>
    <message>
        <source>No assumption changes this measure</source>
        <translation>Không giả định nào làm thay đổi chỉ số này</translation>
    </message>
    <message>
        <source>Point at a bar to read the values used and their effect.</source>
        <translation>Trỏ vào một cột để đọc giá trị được dùng và ảnh hưởng của nó.</translation>
    </message>
    <message>
        <source>%1: lowered to %2: %3; as given, %4: %5; raised to %6: %7</source>
        <translation>%1: hạ xuống %2: %3; như đã cho, %4: %5; nâng lên %6: %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&amp;nbsp;lowered to %3: &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; as given, %5: &lt;b&gt;%6&lt;/b&gt; &amp;nbsp; %7&amp;nbsp;raised to %8: &lt;b&gt;%9&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&amp;nbsp;hạ xuống %3: &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; như đã cho, %5: &lt;b&gt;%6&lt;/b&gt; &amp;nbsp; %7&amp;nbsp;nâng lên %8: &lt;b&gt;%9&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not write the image %1. Check that the folder exists and you may write to it.</source>
        <translation>Không thể ghi hình ảnh %1. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1. Check that the folder exists and you may write to it.</source>
        <translation>Không thể ghi tệp PDF %1. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Chưa có gì để xuất.</translation>
    </message>
    <message>
        <source>Export sensitivity data as CSV</source>
        <translation>Xuất dữ liệu độ nhạy thành CSV</translation>
    </message>
    <message>
        <source>Export sensitivity chart</source>
        <translation>Xuất biểu đồ độ nhạy</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Hình ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sensitivity.</source>
        <translation>Độ nhạy.</translation>
    </message>
    <message>
        <source>not varied</source>
        <translation>không thay đổi</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>không ảnh hưởng</translation>
    </message>
    <message>
        <source>not varied: a change by a share of itself leaves this value as it is</source>
        <translation>không thay đổi: thay đổi theo tỷ lệ của chính nó vẫn giữ nguyên giá trị này</translation>
    </message>
    <message>
        <source>no effect on this measure</source>
        <translation>không ảnh hưởng đến chỉ số này</translation>
    </message>
</context>
<context>
    <name>tideover::ui::TrainerPanel</name>
    <message>
        <source>persons</source>
        <translation>người</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3
%4</source>
        <translation>Bước %1/%2: %3
%4</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>Open the chosen exercise and load its starting scenario</source>
        <translation>Mở bài tập đã chọn và tải kịch bản ban đầu</translation>
    </message>
    <message>
        <source>Open exercise &amp;file…</source>
        <translation>Mở &amp;tệp bài tập…</translation>
    </message>
    <message>
        <source>Open a trainer&apos;s own .tideover-exercise file</source>
        <translation>Mở tệp .tideover-exercise riêng của giảng viên</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>&amp;Bài tập:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an exercise and press &lt;b&gt;Start&lt;/b&gt;, or open a trainer&apos;s own exercise file.&lt;/p&gt;&lt;p&gt;Each exercise is one step of a feasibility study of unemployment insurance (ILO 2017): diagnose the labour market, choose the parameters, cost them, stress them, finance them, extend coverage. Starting an exercise replaces the scenario being edited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một bài tập và nhấn &lt;b&gt;Bắt đầu&lt;/b&gt;, hoặc mở tệp bài tập riêng của giảng viên.&lt;/p&gt;&lt;p&gt;Mỗi bài tập là một bước của nghiên cứu khả thi về bảo hiểm thất nghiệp (ILO 2017): chẩn đoán thị trường lao động, chọn tham số, tính chi phí, kiểm tra sức chịu đựng, tài chính, mở rộng độ bao phủ. Bắt đầu một bài tập sẽ thay thế kịch bản đang sửa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Tổng kết</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <source>Not every question has been answered yet. The debrief discusses the answers. Show it anyway?</source>
        <translation>Chưa trả lời hết các câu hỏi. Phần tổng kết thảo luận các câu trả lời. Vẫn hiển thị?</translation>
    </message>
    <message>
        <source>Open exercise file</source>
        <translation>Mở tệp bài tập</translation>
    </message>
    <message>
        <source>Tideover exercises (*.tideover-exercise);;All files (*)</source>
        <translation>Bài tập Tideover (*.tideover-exercise);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not open the exercise. %1</source>
        <translation>Không thể mở bài tập. %1</translation>
    </message>
    <message>
        <source>(year)</source>
        <translation>(năm)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>months</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>Type an answer first.</source>
        <translation>Hãy nhập câu trả lời trước.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a percentage such as 5.4, or none where the model has no answer.</source>
        <translation>“%1” không phải là số. Hãy nhập một tỷ lệ phần trăm như 5,4, hoặc none khi mô hình không có câu trả lời.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a number such as 2031, or none where the model has no answer.</source>
        <translation>“%1” không phải là số. Hãy nhập một số như 2031, hoặc none khi mô hình không có câu trả lời.</translation>
    </message>
    <message>
        <source>Correct! The model gives %1.</source>
        <translation>Chính xác! Mô hình cho kết quả %1.</translation>
    </message>
    <message>
        <source>Not quite: the model does give a figure here. Try again, or take a hint.</source>
        <translation>Chưa đúng: mô hình có cho một số liệu ở đây. Hãy thử lại hoặc xem gợi ý.</translation>
    </message>
    <message>
        <source>Not quite. Try again, or take a hint.</source>
        <translation>Chưa đúng. Hãy thử lại hoặc xem gợi ý.</translation>
    </message>
    <message>
        <source>Not quite: your answer is too high. Try again, or take a hint.</source>
        <translation>Chưa đúng: câu trả lời của bạn quá cao. Hãy thử lại hoặc xem gợi ý.</translation>
    </message>
    <message>
        <source>Not quite: your answer is too low. Try again, or take a hint.</source>
        <translation>Chưa đúng: câu trả lời của bạn quá thấp. Hãy thử lại hoặc xem gợi ý.</translation>
    </message>
    <message>
        <source>The model could not compute this question&apos;s answer: %1</source>
        <translation>Mô hình không thể tính câu trả lời cho câu hỏi này: %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>lần thử %1</translation>
    </message>
    <message>
        <source>bundled exercise</source>
        <translation>bài tập đi kèm</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 · starting scenario %4 · %5</source>
        <translation>Bước %1/%2: %3 · kịch bản ban đầu %4 · %5</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>Question %1 (%2); type none where the model has no answer</source>
        <translation>Câu hỏi %1 (%2); nhập none khi mô hình không có câu trả lời</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Compare with the model&apos;s answer on the exercise&apos;s scenario</source>
        <translation>So sánh với câu trả lời của mô hình trên kịch bản của bài tập</translation>
    </message>
    <message>
        <source>Show a &amp;hint (%1)</source>
        <translation>Hiện &amp;gợi ý (%1)</translation>
    </message>
    <message>
        <source>Next &amp;hint (%1 of %2 shown)</source>
        <translation>&amp;Gợi ý tiếp theo (đã hiện %1/%2)</translation>
    </message>
    <message numerus="yes">
        <source>All %n hint(s) shown</source>
        <translation>
            <numerusform>Đã hiện cả %n gợi ý</numerusform>
        </translation>
    </message>
    <message>
        <source>No hints for this exercise</source>
        <translation>Bài tập này không có gợi ý</translation>
    </message>
    <message>
        <source>Hint %1:</source>
        <translation>Gợi ý %1:</translation>
    </message>
    <message>
        <source>This exercise has no debrief</source>
        <translation>Bài tập này không có phần tổng kết</translation>
    </message>
    <message>
        <source>Show the trainer&apos;s debrief</source>
        <translation>Hiện phần tổng kết của giảng viên</translation>
    </message>
    <message>
        <source>Show the trainer&apos;s debrief (not every question is answered yet)</source>
        <translation>Hiện phần tổng kết của giảng viên (chưa trả lời hết các câu hỏi)</translation>
    </message>
    <message>
        <source>%, two decimals</source>
        <translation>%, hai chữ số thập phân</translation>
    </message>
    <message>
        <source>a calendar year, or none</source>
        <translation>một năm dương lịch, hoặc none</translation>
    </message>
    <message>
        <source>number of persons</source>
        <translation>số người</translation>
    </message>
    <message>
        <source>Trainer mode: the expected answers and the debrief are shown. Turn it off in Edit ▸ Preferences before a trainee uses this computer.</source>
        <translation>Chế độ giảng viên: đáp án và phần tổng kết đang được hiển thị. Hãy tắt chế độ này trong Sửa ▸ Tùy chọn trước khi học viên dùng máy tính này.</translation>
    </message>
    <message>
        <source>number, in %1</source>
        <translation>số tiền, tính bằng %1</translation>
    </message>
    <message>
        <source>number of years, two decimals</source>
        <translation>số năm, hai chữ số thập phân</translation>
    </message>
    <message>
        <source>number of months, one decimal</source>
        <translation>số tháng, một chữ số thập phân</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm phần trăm</translation>
    </message>
    <message>
        <source>Expected answer: the model cannot compute it (%1)</source>
        <translation>Đáp án: mô hình không tính được (%1)</translation>
    </message>
    <message>
        <source>Expected answer: %1 (accepted within ±%2)</source>
        <translation>Đáp án: %1 (chấp nhận sai lệch ±%2)</translation>
    </message>
    <message>
        <source>Expected answer: %1</source>
        <translation>Đáp án: %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::WorkerCaseView</name>
    <message>
        <source>The monthly wage before the lay-off, in the money of the year of the lay-off</source>
        <translation>Tiền lương tháng trước khi thôi việc, theo giá của năm thôi việc</translation>
    </message>
    <message>
        <source>Years of service with the employer who lays the worker off</source>
        <translation>Số năm làm việc cho người sử dụng lao động cho thôi việc</translation>
    </message>
    <message>
        <source>The worker is laid off on 1 January of this year; the rules of that year apply</source>
        <translation>Người lao động bị thôi việc ngày 1 tháng 1 của năm này; áp dụng quy định của năm đó</translation>
    </message>
    <message>
        <source>&amp;Insured</source>
        <translation>Có &amp;bảo hiểm</translation>
    </message>
    <message>
        <source>Covered by the insurance and meeting its conditions</source>
        <translation>Thuộc diện bảo hiểm và đủ điều kiện hưởng</translation>
    </message>
    <message>
        <source>The insurance&apos;s duration class the worker&apos;s contributions give</source>
        <translation>Nhóm thời gian hưởng bảo hiểm theo thời gian đóng của người lao động</translation>
    </message>
    <message>
        <source>Account &amp;balance:</source>
        <translation>Số dư tài khoản (tù&amp;y chọn):</translation>
    </message>
    <message>
        <source>Unticked: the contributions of the years of service, without interest</source>
        <translation>Không chọn: số tiền đóng trong các năm làm việc, không tính lãi</translation>
    </message>
    <message>
        <source>Solidarity top-up</source>
        <translation>Hỗ trợ từ quỹ đoàn kết</translation>
    </message>
    <message>
        <source>The solidarity fund tops the account&apos;s payments up when the balance runs short</source>
        <translation>Quỹ đoàn kết bù thêm vào khoản chi từ tài khoản khi số dư không đủ</translation>
    </message>
    <message>
        <source>E&amp;xpected severance (× paid share)</source>
        <translation>Trợ cấp thôi việc bình &amp;quân (× tỷ lệ được chi trả)</translation>
    </message>
    <message>
        <source>Severance times the share of what is due that employers actually pay: what a worker receives on average, not what the law promises</source>
        <translation>Trợ cấp thôi việc nhân với tỷ lệ người sử dụng lao động thực trả: số tiền người lao động nhận được bình quân, không phải mức luật quy định</translation>
    </message>
    <message>
        <source>&amp;Wage:</source>
        <translation>&amp;Lương:</translation>
    </message>
    <message>
        <source>&amp;Years of service:</source>
        <translation>Số năm &amp;công tác:</translation>
    </message>
    <message>
        <source>&amp;Laid off in:</source>
        <translation>Năm thôi v&amp;iệc:</translation>
    </message>
    <message>
        <source>&amp;Duration class:</source>
        <translation>Nhóm thời gi&amp;an hưởng:</translation>
    </message>
    <message>
        <source>Replacement of the wage:</source>
        <translation>Tỷ lệ thay thế tiền lương:</translation>
    </message>
    <message>
        <source>The income of the first months of unemployment divided by the wage of as many months (OECD, Benefits and Wages)</source>
        <translation>Thu nhập của những tháng thất nghiệp đầu tiên chia cho tiền lương của cùng số tháng (OECD, Benefits and Wages)</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/tháng</translation>
    </message>
    <message>
        <source>The longest</source>
        <translation>Dài nhất</translation>
    </message>
    <message>
        <source>Class %1: %2 months</source>
        <translation>Nhóm %1: %2 tháng</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Nhóm %1</translation>
    </message>
    <message>
        <source>No results: the scenario has errors.</source>
        <translation>Không có kết quả: kịch bản có lỗi.</translation>
    </message>
    <message>
        <source>Out of date: the scenario has errors. The figures are those of the last valid scenario.</source>
        <translation>Đã cũ: kịch bản có lỗi. Số liệu là của kịch bản hợp lệ gần nhất.</translation>
    </message>
    <message>
        <source>Cannot show this worker: %1.</source>
        <translation>Không thể hiển thị người lao động này: %1.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Severance</source>
        <translation>Thôi việc</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Bảo hiểm</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>Đoàn kết</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>% of wage</source>
        <translation>% lương</translation>
    </message>
    <message>
        <source>over %1 months: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>trong %1 tháng: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amounts in %1 of %2.</source>
        <translation>Số tiền tính bằng %1 năm %2.</translation>
    </message>
    <message>
        <source>Severance: %1 months of wage</source>
        <translation>Trợ cấp thôi việc: %1 tháng lương</translation>
    </message>
    <message>
        <source> (years insured not counted: %1)</source>
        <translation> (số năm đã đóng bảo hiểm không được tính: %1)</translation>
    </message>
    <message>
        <source>Account balance at the lay-off: %1.</source>
        <translation>Số dư tài khoản khi thôi việc: %1.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::WorkerIncomeChart</name>
    <message>
        <source>Income month by month after the lay-off</source>
        <translation>Thu nhập từng tháng sau khi thôi việc</translation>
    </message>
    <message>
        <source>Month of unemployment</source>
        <translation>Tháng thất nghiệp</translation>
    </message>
    <message>
        <source>Severance pay</source>
        <translation>Trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Bảo hiểm</translation>
    </message>
    <message>
        <source>Savings account</source>
        <translation>Tài khoản tiết kiệm</translation>
    </message>
    <message>
        <source>Solidarity top-up</source>
        <translation>Hỗ trợ từ quỹ đoàn kết</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Wage before the lay-off</source>
        <translation>Tiền lương trước khi thôi việc</translation>
    </message>
    <message>
        <source>Per month (%1)</source>
        <translation>Mỗi tháng (%1)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::format</name>
    <message>
        <source>%1 tn %2</source>
        <translation>%1 nghìn tỷ %2</translation>
    </message>
    <message>
        <source>%1 bn %2</source>
        <translation>%1 tỷ %2</translation>
    </message>
    <message>
        <source>%1 m %2</source>
        <translation>%1 triệu %2</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% mỗi năm</translation>
    </message>
    <message>
        <source>% a month</source>
        <translation>% mỗi tháng</translation>
    </message>
    <message>
        <source>% of benefits</source>
        <translation>% trợ cấp</translation>
    </message>
    <message>
        <source>% of contributions</source>
        <translation>% đóng góp</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> mỗi tháng</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> mỗi năm</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>người</translation>
    </message>
    <message>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>months</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
</context>
<context>
    <name>tideover::ui::parametertext</name>
    <message>
        <source>Existing scheme (steady state)</source>
        <translation>Chế độ hiện có (trạng thái ổn định)</translation>
    </message>
    <message>
        <source>New scheme (nobody on benefit yet)</source>
        <translation>Chế độ mới (chưa có ai hưởng trợ cấp)</translation>
    </message>
    <message>
        <source>Not indexed</source>
        <translation>Không điều chỉnh</translation>
    </message>
    <message>
        <source>With prices</source>
        <translation>Theo giá cả</translation>
    </message>
    <message>
        <source>With wages</source>
        <translation>Theo tiền lương</translation>
    </message>
    <message>
        <source>Fixed legislated rate</source>
        <translation>Mức đóng cố định theo luật</translation>
    </message>
    <message>
        <source>Adjust the rate to keep the reserve in a band</source>
        <translation>Điều chỉnh mức đóng để giữ quỹ dự phòng trong một khoảng</translation>
    </message>
    <message>
        <source>any whole number from 0 to 18,446,744,073,709,551,615</source>
        <translation>mọi số nguyên từ 0 đến 18.446.744.073.709.551.615</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>more than %1, up to %2</source>
        <translation>trên %1, đến %2</translation>
    </message>
    <message>
        <source>%1 or more, below %2</source>
        <translation>từ %1 trở lên, dưới %2</translation>
    </message>
    <message>
        <source>between %1 and %2 (both excluded)</source>
        <translation>giữa %1 và %2 (không bao gồm hai đầu)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>từ %1 trở lên</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>dưới %1</translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation>%1 trở xuống</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>mọi giá trị</translation>
    </message>
    <message>
        <source>each %1</source>
        <translation>mỗi %1</translation>
    </message>
    <message>
        <source>%1 in every year</source>
        <translation>%1 trong mọi năm</translation>
    </message>
    <message>
        <source>; the shares add up to 100 %</source>
        <translation>; tổng các tỷ lệ bằng 100 %</translation>
    </message>
    <message>
        <source>none: the scenario must give it</source>
        <translation>không có: kịch bản phải cung cấp</translation>
    </message>
    <message>
        <source>Allowed:</source>
        <translation>Cho phép:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Mặc định:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Khóa:</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>không có giá trị</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 từ %2</translation>
    </message>
    <message>
        <source>%1 … %2 (%3)</source>
        <translation>%1 … %2 (%3)</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 bước</translation>
    </message>
    <message>
        <source>(%1 changes)</source>
        <translation>(%1 thay đổi)</translation>
    </message>
    <message>
        <source>Steady state (job losses keep each year&apos;s unemployment)</source>
        <translation>Ổn định (số người mất việc giữ mức thất nghiệp của từng năm)</translation>
    </message>
    <message>
        <source>Dynamic (a rise in unemployment adds job losses)</source>
        <translation>Động (thất nghiệp tăng thì thêm người mất việc)</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Voluntary (members join by choice)</source>
        <translation>Tự nguyện (tự chọn tham gia)</translation>
    </message>
    <message>
        <source>A rate on wages</source>
        <translation>Tỷ lệ trên tiền lương</translation>
    </message>
    <message>
        <source>A rate on a declared income</source>
        <translation>Tỷ lệ trên thu nhập kê khai</translation>
    </message>
    <message>
        <source>A flat amount a month</source>
        <translation>Một khoản cố định mỗi tháng</translation>
    </message>
    <message>
        <source>None (no severance pay)</source>
        <translation>Không (không có trợ cấp thôi việc)</translation>
    </message>
    <message>
        <source>Months of wage per year of service</source>
        <translation>Số tháng lương cho mỗi năm làm việc</translation>
    </message>
    <message>
        <source>Months of wage by steps of service</source>
        <translation>Số tháng lương theo bậc thâm niên</translation>
    </message>
    <message>
        <source>Exponential, from a mean service</source>
        <translation>Hàm mũ, theo thâm niên bình quân</translation>
    </message>
    <message>
        <source>A table of service bands</source>
        <translation>Bảng các khoảng thâm niên</translation>
    </message>
    <message>
        <source>No offset</source>
        <translation>Không khấu trừ</translation>
    </message>
    <message>
        <source>Years insured are not counted</source>
        <translation>Không tính các năm đã đóng bảo hiểm</translation>
    </message>
    <message>
        <source>None (no savings accounts)</source>
        <translation>Không (không có tài khoản tiết kiệm)</translation>
    </message>
    <message>
        <source>Individual accounts</source>
        <translation>Tài khoản cá nhân</translation>
    </message>
    <message>
        <source>None (no assistance)</source>
        <translation>Không (không có trợ giúp)</translation>
    </message>
    <message>
        <source>A share of the poverty line</source>
        <translation>Một tỷ lệ của chuẩn nghèo</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ReformsEditor</name>
    <message>
        <source>Reforms</source>
        <translation>Cải cách</translation>
    </message>
    <message>
        <source>A reform applies to claims whose benefit starts in its year or later; claimants already on benefit keep their rule.</source>
        <translation>Cải cách áp dụng cho các hồ sơ bắt đầu hưởng trợ cấp từ năm đó trở đi; người đang hưởng trợ cấp giữ nguyên quy định của mình.</translation>
    </message>
    <message>
        <source>Edit the replacement rates</source>
        <translation>Sửa tỷ lệ hưởng</translation>
    </message>
    <message>
        <source>Edit the duration classes</source>
        <translation>Sửa các nhóm thời gian hưởng</translation>
    </message>
    <message>
        <source>No reform: today&apos;s rule applies to every claim.</source>
        <translation>Không có cải cách: quy định hiện hành áp dụng cho mọi hồ sơ.</translation>
    </message>
    <message>
        <source>Add a reform…</source>
        <translation>Thêm cải cách…</translation>
    </message>
    <message>
        <source>Add a rule for claims from a later year, starting from the rule in force then</source>
        <translation>Thêm quy định cho hồ sơ từ một năm sau, bắt đầu từ quy định đang có hiệu lực khi đó</translation>
    </message>
    <message>
        <source>Today&apos;s rule (claims from %1): replacement rate by month of benefit %2; durations of %3 months for %4 of claims.</source>
        <translation>Quy định hiện hành (hồ sơ từ %1): tỷ lệ hưởng theo tháng hưởng %2; thời gian hưởng %3 tháng cho %4 hồ sơ.</translation>
    </message>
    <message>
        <source>For claims from</source>
        <translation>Cho hồ sơ từ năm</translation>
    </message>
    <message>
        <source>The first calendar year of claims under this rule</source>
        <translation>Năm dương lịch đầu tiên của các hồ sơ theo quy định này</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove this reform</source>
        <translation>Xóa cải cách này</translation>
    </message>
    <message>
        <source>Replacement rate</source>
        <translation>Tỷ lệ hưởng</translation>
    </message>
    <message>
        <source>Duration classes</source>
        <translation>Nhóm thời gian hưởng</translation>
    </message>
    <message>
        <source>Source: the law and its date</source>
        <translation>Nguồn: luật và ngày ban hành</translation>
    </message>
    <message>
        <source>Where this reform comes from: the law and its date</source>
        <translation>Cải cách này từ đâu: luật và ngày ban hành</translation>
    </message>
    <message>
        <source>There is already a reform in %1.</source>
        <translation>Đã có một cải cách vào năm %1.</translation>
    </message>
    <message>
        <source>Add a reform from %1</source>
        <translation>Thêm cải cách từ %1</translation>
    </message>
    <message>
        <source>Move the reform from %1 to %2</source>
        <translation>Chuyển cải cách từ %1 sang %2</translation>
    </message>
    <message>
        <source>Change the reform from %1</source>
        <translation>Sửa cải cách từ %1</translation>
    </message>
    <message>
        <source>Remove the reform from %1</source>
        <translation>Xóa cải cách từ %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::BacktestChart</name>
    <message>
        <source>Back-test: projected against actual</source>
        <translation>Kiểm định ngược: dự báo so với thực tế</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>Actual (history)</source>
        <translation>Thực tế (lịch sử)</translation>
    </message>
    <message>
        <source>The scenario has changed since this back-test: run it again</source>
        <translation>Kịch bản đã thay đổi kể từ lần kiểm định ngược này: hãy chạy lại</translation>
    </message>
</context>
<context>
    <name>tideover::ui::BacktestView</name>
    <message>
        <source>The first year of the back-test: the scenario is moved to start in it, from the reserve the history records at the end of the year before</source>
        <translation>Năm đầu tiên của kiểm định ngược: kịch bản được dời để bắt đầu từ năm đó, với quỹ dự phòng mà số liệu lịch sử ghi nhận vào cuối năm trước</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Chạ&amp;y</translation>
    </message>
    <message>
        <source>Project the scenario over the history&apos;s years and compare</source>
        <translation>Dự báo kịch bản trong các năm có số liệu lịch sử và so sánh</translation>
    </message>
    <message>
        <source>Back-test from &amp;year</source>
        <translation>Bắt đầ&amp;u từ năm</translation>
    </message>
    <message>
        <source>Chart &amp;of</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <source>Ca&amp;librate…</source>
        <translation>&amp;Hiệu chỉnh…</translation>
    </message>
    <message>
        <source>Fit behavioural parameters to the history (Analysis ▸ Calibrate to History)</source>
        <translation>Hiệu chỉnh các tham số hành vi theo số liệu lịch sử (Phân tích ▸ Hiệu chỉnh theo lịch sử)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Số năm</translation>
    </message>
    <message>
        <source>Mean abs.
error</source>
        <translation>Sai số tuyệt
đối trung bình</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <source>The years in which the history gives the figure</source>
        <translation>Số năm mà số liệu lịch sử có con số này</translation>
    </message>
    <message>
        <source>Mean absolute percentage error (MAPE): the mean of |projected − actual| / |actual| over the years compared</source>
        <translation>Sai số phần trăm tuyệt đối trung bình (MAPE): trung bình của |dự báo − thực tế| / |thực tế| trên các năm được so sánh</translation>
    </message>
    <message>
        <source>The mean of (projected − actual) / |actual|: above 0 the projection runs high, below 0 low</source>
        <translation>Trung bình của (dự báo − thực tế) / |thực tế|: lớn hơn 0 là dự báo cao hơn thực tế, nhỏ hơn 0 là thấp hơn</translation>
    </message>
    <message>
        <source>This scenario has no history. A back-test needs the scheme&apos;s published yearly figures: add them in the editor&apos;s History section or import them from a CSV file (one row per year).</source>
        <translation>Kịch bản này chưa có số liệu lịch sử. Kiểm định ngược cần các số liệu hằng năm đã công bố của chế độ: hãy nhập chúng trong mục Lịch sử của trình soạn thảo hoặc nhập từ tệp CSV (mỗi năm một dòng).</translation>
    </message>
    <message>
        <source>The history records %1 to %2. Choose the back-test&apos;s first year and press Run: the scenario is projected over those years and compared with the actual figures.</source>
        <translation>Số liệu lịch sử có từ %1 đến %2. Hãy chọn năm đầu tiên của kiểm định ngược rồi nhấn Chạy: kịch bản được dự báo trong các năm đó và so sánh với số liệu thực tế.</translation>
    </message>
    <message>
        <source>The scenario has errors: fix the marked values first, then run the back-test again.</source>
        <translation>Kịch bản có lỗi: hãy sửa các giá trị được đánh dấu trước rồi chạy lại kiểm định ngược.</translation>
    </message>
    <message>
        <source>The back-test cannot run: %1.</source>
        <translation>Không thể chạy kiểm định ngược: %1.</translation>
    </message>
    <message>
        <source>The back-test scenario (the scenario moved to start in %1) is not valid:
%2</source>
        <translation>Kịch bản kiểm định ngược (kịch bản được dời để bắt đầu từ năm %1) không hợp lệ:
%2</translation>
    </message>
    <message>
        <source>The back-test failed: %1</source>
        <translation>Kiểm định ngược thất bại: %1</translation>
    </message>
    <message>
        <source>The history records no figure in %1–%2 that the projection gives: there is nothing to compare.</source>
        <translation>Số liệu lịch sử không có con số nào trong giai đoạn %1–%2 mà dự báo tính ra: không có gì để so sánh.</translation>
    </message>
    <message>
        <source>The scenario projected from %1 to %2 against the history&apos;s figures of those years. Mean absolute error: the average size of the errors, as a share of the actual figure; bias: their average with their sign (above 0, the projection runs high).</source>
        <translation>Kịch bản được dự báo từ %1 đến %2 so với số liệu lịch sử của các năm đó. Sai số tuyệt đối trung bình: độ lớn trung bình của sai số, tính theo tỷ lệ so với số liệu thực tế; độ lệch: trung bình của sai số có tính dấu (lớn hơn 0 là dự báo cao hơn thực tế).</translation>
    </message>
    <message>
        <source>No history to test against</source>
        <translation>Không có số liệu lịch sử để kiểm định</translation>
    </message>
    <message>
        <source>No back-test</source>
        <translation>Chưa có kiểm định ngược</translation>
    </message>
    <message>
        <source>Press Run</source>
        <translation>Nhấn Chạy</translation>
    </message>
</context>
<context>
    <name>tideover::ui::CalibrationDialog</name>
    <message>
        <source>Calibrate to history</source>
        <translation>Hiệu chỉnh theo lịch sử</translation>
    </message>
    <message>
        <source>Fits behavioural parameters so that the back-test reproduces the history&apos;s figures: the weighted sum of squared relative errors is made as small as the parameters&apos; ranges allow. Apply sets the fitted values as one undoable step.</source>
        <translation>Hiệu chỉnh các tham số hành vi để kiểm định ngược tái hiện được số liệu lịch sử: tổng có trọng số của bình phương sai số tương đối được làm nhỏ nhất trong phạm vi cho phép của các tham số. Áp dụng ghi các giá trị đã hiệu chỉnh thành một bước có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Parameters to fit</source>
        <translation>Tham số cần hiệu chỉnh</translation>
    </message>
    <message>
        <source>one value</source>
        <translation>một giá trị</translation>
    </message>
    <message>
        <source>one value a year</source>
        <translation>mỗi năm một giá trị</translation>
    </message>
    <message>
        <source>One value for every year from the back-test&apos;s start, or one value per year of the history (written as dated changes)</source>
        <translation>Một giá trị cho mọi năm kể từ năm bắt đầu kiểm định ngược, hoặc mỗi năm lịch sử một giá trị (ghi thành các thay đổi theo năm)</translation>
    </message>
    <message>
        <source>%1, with dated changes</source>
        <translation>%1, có các thay đổi theo năm</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>hiện tại %1</translation>
    </message>
    <message>
        <source>History figures to fit, with their weights</source>
        <translation>Số liệu lịch sử cần khớp, kèm trọng số</translation>
    </message>
    <message>
        <source>The weight of this column&apos;s squared errors in the fit</source>
        <translation>Trọng số của bình phương sai số của cột này trong phép hiệu chỉnh</translation>
    </message>
    <message>
        <source>The scenario has no history: there is nothing to fit to.</source>
        <translation>Kịch bản chưa có số liệu lịch sử: không có gì để khớp.</translation>
    </message>
    <message>
        <source>The back-test&apos;s first year: the fit compares the years from it to the history&apos;s last</source>
        <translation>Năm đầu tiên của kiểm định ngược: phép hiệu chỉnh so sánh các năm từ năm này đến năm cuối của số liệu lịch sử</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Chạ&amp;y</translation>
    </message>
    <message>
        <source>Back-test &amp;from</source>
        <translation>Kiểm định ngược &amp;từ năm</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Sau hiệu chỉnh</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Sai số chuẩn</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Mean abs. error
before</source>
        <translation>Sai số tuyệt đối TB
trước</translation>
    </message>
    <message>
        <source>after</source>
        <translation>sau</translation>
    </message>
    <message>
        <source>Bias
before</source>
        <translation>Độ lệch
trước</translation>
    </message>
    <message>
        <source>Mean absolute percentage error of the back-test with the scenario&apos;s own values</source>
        <translation>Sai số phần trăm tuyệt đối trung bình của kiểm định ngược với các giá trị ban đầu của kịch bản</translation>
    </message>
    <message>
        <source>Mean absolute percentage error with the fitted values</source>
        <translation>Sai số phần trăm tuyệt đối trung bình với các giá trị đã hiệu chỉnh</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Fitted values</source>
        <translation>Giá trị đã hiệu chỉnh</translation>
    </message>
    <message>
        <source>Errors by figure</source>
        <translation>Sai số theo số liệu</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>Từng năm</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>This scenario has no history. Calibration fits parameters to the scheme&apos;s published yearly figures: add them in the editor&apos;s History section or import them from a CSV file first.</source>
        <translation>Kịch bản này chưa có số liệu lịch sử. Hiệu chỉnh khớp các tham số với số liệu hằng năm đã công bố của chế độ: trước hết hãy nhập chúng trong mục Lịch sử của trình soạn thảo hoặc nhập từ tệp CSV.</translation>
    </message>
    <message>
        <source>The scenario has errors: fix the marked values first, then calibrate.</source>
        <translation>Kịch bản có lỗi: hãy sửa các giá trị được đánh dấu trước rồi hiệu chỉnh.</translation>
    </message>
    <message>
        <source>Choose what to fit and to which figures, then press Run.</source>
        <translation>Hãy chọn tham số cần hiệu chỉnh và số liệu cần khớp, rồi nhấn Chạy.</translation>
    </message>
    <message>
        <source>The choices have changed: press Run to fit them.</source>
        <translation>Các lựa chọn đã thay đổi: nhấn Chạy để hiệu chỉnh lại.</translation>
    </message>
    <message>
        <source>The calibration cannot run: %1.</source>
        <translation>Không thể chạy hiệu chỉnh: %1.</translation>
    </message>
    <message>
        <source>The back-test cannot run: %1.</source>
        <translation>Không thể chạy kiểm định ngược: %1.</translation>
    </message>
    <message>
        <source>The back-test scenario (the scenario moved to start in %1) is not valid:
%2</source>
        <translation>Kịch bản kiểm định ngược (kịch bản được dời để bắt đầu từ năm %1) không hợp lệ:
%2</translation>
    </message>
    <message>
        <source>The calibration failed: %1</source>
        <translation>Hiệu chỉnh thất bại: %1</translation>
    </message>
    <message>
        <source>the root mean square of the weighted relative errors falls from %1 to %2</source>
        <translation>căn bậc hai của trung bình bình phương sai số tương đối có trọng số giảm từ %1 xuống %2</translation>
    </message>
    <message>
        <source>Fitted over %1–%2 in %3 projections: %4.</source>
        <translation>Đã hiệu chỉnh trên giai đoạn %1–%2 sau %3 lần dự báo: %4.</translation>
    </message>
    <message>
        <source>The fit over %1–%2 stopped without converging after %3 projections: %4.</source>
        <translation>Phép hiệu chỉnh trên giai đoạn %1–%2 dừng mà chưa hội tụ sau %3 lần dự báo: %4.</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>mọi năm</translation>
    </message>
    <message>
        <source>at its bound</source>
        <translation>ở biên</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>đã khớp</translation>
    </message>
    <message>
        <source>The scenario has changed since this fit: press Run again.</source>
        <translation>Kịch bản đã thay đổi kể từ lần hiệu chỉnh này: hãy nhấn Chạy lại.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MonitoringTableModel</name>
    <message>
        <source>%1, %2: not known</source>
        <translation>%1, %2: chưa biết</translation>
    </message>
    <message>
        <source>%1, %2: %3, actual (from the history&apos;s figures)</source>
        <translation>%1, %2: %3, thực tế (từ số liệu lịch sử)</translation>
    </message>
    <message>
        <source>%1, %2: %3, projected</source>
        <translation>%1, %2: %3, dự báo</translation>
    </message>
    <message>
        <source>%1: a year of the history</source>
        <translation>%1: một năm có số liệu lịch sử</translation>
    </message>
    <message>
        <source>%1: a projected year</source>
        <translation>%1: một năm dự báo</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MonitoringText</name>
    <message>
        <source>Labour force</source>
        <translation>Lực lượng lao động</translation>
    </message>
    <message>
        <source>Unemployment rate</source>
        <translation>Tỷ lệ thất nghiệp</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Người tham gia bảo hiểm</translation>
    </message>
    <message>
        <source>Covered wage bill</source>
        <translation>Quỹ tiền lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>State subsidy</source>
        <translation>Hỗ trợ của Nhà nước</translation>
    </message>
    <message>
        <source>New claims</source>
        <translation>Người hưởng mới</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Người hưởng</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>Tổng chi</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Thu nhập đầu tư</translation>
    </message>
    <message>
        <source>Reserve (end of year)</source>
        <translation>Quỹ dự phòng (cuối năm)</translation>
    </message>
    <message>
        <source>High-cost multiple (projection only)</source>
        <translation>Hệ số chi phí cao (chỉ dự báo)</translation>
    </message>
    <message>
        <source>Legal coverage of the labour force</source>
        <translation>Độ bao phủ theo luật của lực lượng lao động</translation>
    </message>
    <message>
        <source>Effective coverage of the labour force</source>
        <translation>Độ bao phủ thực tế của lực lượng lao động</translation>
    </message>
    <message>
        <source>Coverage of the unemployed (SDG 1.3.1)</source>
        <translation>Độ bao phủ người thất nghiệp (SDG 1.3.1)</translation>
    </message>
    <message>
        <source>Recipiency of new claims</source>
        <translation>Tỷ lệ người mất việc được hưởng mới</translation>
    </message>
    <message>
        <source>Average replacement</source>
        <translation>Tỷ lệ thay thế bình quân</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tỷ lệ chi phí</translation>
    </message>
    <message>
        <source>Benefit cost rate</source>
        <translation>Tỷ lệ chi trợ cấp</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Tỷ lệ dự trữ</translation>
    </message>
    <message>
        <source>Average high-cost multiple (history and projection, US DOL)</source>
        <translation>Hệ số chi phí cao bình quân (lịch sử và dự báo, US DOL)</translation>
    </message>
    <message>
        <source>High-cost
multiple
(projection)</source>
        <translation>Hệ số
chi phí cao
(dự báo)</translation>
    </message>
    <message>
        <source>Legal
coverage</source>
        <translation>Bao phủ
theo luật</translation>
    </message>
    <message>
        <source>Effective
coverage</source>
        <translation>Bao phủ
thực tế</translation>
    </message>
    <message>
        <source>Unem-
ployed
covered</source>
        <translation>Bao phủ
người
thất nghiệp</translation>
    </message>
    <message>
        <source>Recipiency</source>
        <translation>Tỷ lệ
hưởng mới</translation>
    </message>
    <message>
        <source>Average
replace-
ment</source>
        <translation>Thay thế
bình quân</translation>
    </message>
    <message>
        <source>Cost
rate</source>
        <translation>Tỷ lệ
chi phí</translation>
    </message>
    <message>
        <source>Benefit
cost rate</source>
        <translation>Tỷ lệ
chi trợ cấp</translation>
    </message>
    <message>
        <source>Reserve
ratio
(years)</source>
        <translation>Tỷ lệ
dự trữ
(năm)</translation>
    </message>
    <message>
        <source>High-cost
multiple
(US DOL)</source>
        <translation>Hệ số
chi phí cao
(US DOL)</translation>
    </message>
    <message>
        <source>The projection&apos;s own multiple: the reserve over the year&apos;s covered wages, divided by the mean of the three highest benefit cost rates among the projected years up to it. It knows no history.</source>
        <translation>Hệ số của riêng dự báo: quỹ dự phòng chia cho quỹ tiền lương đóng bảo hiểm của năm, rồi chia cho trung bình của ba tỷ lệ chi trợ cấp cao nhất trong các năm dự báo tính đến năm đó. Hệ số này không dùng số liệu lịch sử.</translation>
    </message>
    <message>
        <source>Workers the law covers as a share of the labour force: (1 − unemployment rate) × wage employees&apos; share × legal coverage. Projected only.</source>
        <translation>Số người lao động thuộc diện luật bảo hiểm, tính theo tỷ lệ của lực lượng lao động: (1 − tỷ lệ thất nghiệp) × tỷ trọng người làm công ăn lương × độ bao phủ theo luật. Chỉ có số dự báo.</translation>
    </message>
    <message>
        <source>Insured persons (contributors) as a share of the labour force.</source>
        <translation>Số người tham gia bảo hiểm (người đóng) tính theo tỷ lệ của lực lượng lao động.</translation>
    </message>
    <message>
        <source>Beneficiaries as a share of the unemployed: the SDG indicator 1.3.1 for unemployment.</source>
        <translation>Số người hưởng tính theo tỷ lệ của số người thất nghiệp: chỉ tiêu SDG 1.3.1 đối với thất nghiệp.</translation>
    </message>
    <message>
        <source>New claims as a share of the insured who lose their job. Projected only: a history does not record job losses.</source>
        <translation>Số người hưởng mới tính theo tỷ lệ của số người tham gia bảo hiểm bị mất việc. Chỉ có số dự báo: số liệu lịch sử không ghi nhận số người mất việc.</translation>
    </message>
    <message>
        <source>The average benefit per beneficiary over the average covered wage per insured person.</source>
        <translation>Mức trợ cấp bình quân của một người hưởng chia cho tiền lương đóng bảo hiểm bình quân của một người tham gia.</translation>
    </message>
    <message>
        <source>Total expenditure as a share of the covered wage bill.</source>
        <translation>Tổng chi tính theo tỷ lệ của quỹ tiền lương đóng bảo hiểm.</translation>
    </message>
    <message>
        <source>Benefits as a share of the covered wage bill.</source>
        <translation>Chi trợ cấp tính theo tỷ lệ của quỹ tiền lương đóng bảo hiểm.</translation>
    </message>
    <message>
        <source>The reserve at the end of the year in years of that year&apos;s expenditure.</source>
        <translation>Quỹ dự phòng cuối năm, tính bằng số năm chi của năm đó.</translation>
    </message>
    <message>
        <source>The US Department of Labor&apos;s measure: the reserve over the year&apos;s covered wages, divided by the mean of the three highest benefit cost rates of the last 20 years, actual where the history records them, else projected. The US recommends at least 1.</source>
        <translation>Thước đo của Bộ Lao động Hoa Kỳ: quỹ dự phòng chia cho quỹ tiền lương đóng bảo hiểm của năm, rồi chia cho trung bình của ba tỷ lệ chi trợ cấp cao nhất trong 20 năm gần nhất, lấy số thực tế khi có số liệu lịch sử, nếu không thì lấy số dự báo. Hoa Kỳ khuyến nghị tối thiểu là 1.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MonitoringView</name>
    <message>
        <source>actual, from the history&apos;s figures (bold on a shaded cell in the table)</source>
        <translation>thực tế, từ số liệu lịch sử (chữ đậm trên ô tô màu trong bảng)</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>dự báo</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Chỉ số</translation>
    </message>
    <message>
        <source>&amp;Back-test</source>
        <translation>K&amp;iểm định ngược</translation>
    </message>
    <message>
        <source>Coverage, recipiency, replacement, cost and solvency per year, actual and projected</source>
        <translation>Độ bao phủ, tỷ lệ hưởng mới, tỷ lệ thay thế, chi phí và khả năng thanh toán theo năm, thực tế và dự báo</translation>
    </message>
    <message>
        <source>The projection against the history&apos;s actual figures</source>
        <translation>Dự báo so với số liệu thực tế trong lịch sử</translation>
    </message>
    <message>
        <source>No results: the scenario has errors.</source>
        <translation>Không có kết quả: kịch bản có lỗi.</translation>
    </message>
    <message>
        <source>This scenario has no history, so every figure is projected. Add the scheme&apos;s published yearly figures in the editor&apos;s History section, or import them from a CSV file, to see the actual indicators beside the projected ones, to back-test the projection and to calibrate it.</source>
        <translation>Kịch bản này chưa có số liệu lịch sử nên mọi con số đều là dự báo. Hãy nhập các số liệu hằng năm đã công bố của chế độ trong mục Lịch sử của trình soạn thảo, hoặc nhập từ tệp CSV, để xem các chỉ số thực tế bên cạnh số dự báo, kiểm định ngược và hiệu chỉnh dự báo.</translation>
    </message>
    <message>
        <source>Actual figures from the history (%1–%2), projected ones from %3 to %4. An indicator is actual in a year when the history records every figure it needs.</source>
        <translation>Số liệu thực tế lấy từ lịch sử (%1–%2), số dự báo từ %3 đến %4. Một chỉ số là thực tế trong một năm khi số liệu lịch sử có đủ mọi con số cần để tính nó.</translation>
    </message>
    <message>
        <source>The scenario has errors: these are the figures of its last valid state.</source>
        <translation>Kịch bản có lỗi: đây là số liệu của trạng thái hợp lệ gần nhất.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::SparklineChart</name>
    <message>
        <source>● %1: %2</source>
        <translation>● %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <source>%1 (years)</source>
        <translation>%1 (năm)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HistoryComparisonModel</name>
    <message>
        <source>The scenario has no actual figures. Import them (File ▸ Import History) or enter them in the history table (Edit ▸ Actual Figures).</source>
        <translation>Kịch bản chưa có số liệu thực tế. Hãy nhập từ tệp (Tệp ▸ Nhập số liệu lịch sử) hoặc gõ vào bảng số liệu lịch sử (Sửa ▸ Số liệu thực tế).</translation>
    </message>
    <message>
        <source>There are no results to compare with: the scenario has errors.</source>
        <translation>Không có kết quả để so sánh: kịch bản còn lỗi.</translation>
    </message>
    <message>
        <source>The actual figures (%1–%2) have no year in common with the projection (%3–%4). The charts show them beside the projection; a back-test projects over their years.</source>
        <translation>Số liệu thực tế (%1–%2) không có năm nào trùng với dự báo (%3–%4). Các biểu đồ hiển thị chúng bên cạnh dự báo; kiểm định ngược sẽ dự báo trên chính các năm đó.</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 điểm %</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Difference
(% of actual)</source>
        <translation>Chênh lệch
(% so với thực tế)</translation>
    </message>
    <message>
        <source>The published figure, from the scenario&apos;s history</source>
        <translation>Số liệu đã công bố, lấy từ số liệu lịch sử của kịch bản</translation>
    </message>
    <message>
        <source>The projection&apos;s figure for the same year (for the unemployment rate: unemployed / labour force)</source>
        <translation>Số liệu dự báo cho cùng năm (với tỷ lệ thất nghiệp: số người thất nghiệp / lực lượng lao động)</translation>
    </message>
    <message>
        <source>Projected minus actual: above zero the projection is too high</source>
        <translation>Dự báo trừ thực tế: lớn hơn 0 nghĩa là dự báo cao hơn thực tế</translation>
    </message>
    <message>
        <source>(Projected - actual) / |actual|; empty when the actual figure is 0</source>
        <translation>(Dự báo - thực tế) / |thực tế|; để trống khi số liệu thực tế bằng 0</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HistoryEditor</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <source>The calendar year to add</source>
        <translation>Năm dương lịch cần thêm</translation>
    </message>
    <message>
        <source>&amp;Add Year</source>
        <translation>&amp;Thêm năm</translation>
    </message>
    <message>
        <source>Add a row for the year, to enter its published figures</source>
        <translation>Thêm một dòng cho năm này để nhập số liệu đã công bố</translation>
    </message>
    <message>
        <source>&amp;Remove Year</source>
        <translation>&amp;Xóa năm</translation>
    </message>
    <message>
        <source>Remove the selected year and all its figures (Undo brings them back)</source>
        <translation>Xóa năm đang chọn cùng mọi số liệu của năm đó (Hoàn tác sẽ khôi phục lại)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>N&amp;hập CSV…</translation>
    </message>
    <message>
        <source>Read the figures from a CSV file: a year column, then columns named as the projection&apos;s CSV names them (contributions, benefits, reserve, …)</source>
        <translation>Đọc số liệu từ tệp CSV: một cột year, rồi các cột đặt tên như trong CSV của dự báo (contributions, benefits, reserve, …)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the figures and their sources as a CSV file</source>
        <translation>Lưu số liệu cùng nguồn của chúng thành tệp CSV</translation>
    </message>
    <message>
        <source>Published yearly figures. Money in the scenario&apos;s currency, rates in %; an empty cell is not recorded.</source>
        <translation>Số liệu hằng năm đã công bố. Tiền tính theo đơn vị tiền tệ của kịch bản, tỷ lệ tính bằng %; ô trống là không có số liệu.</translation>
    </message>
    <message>
        <source>No actual figures yet. Add a year and type its published figures, or import them from a CSV file.</source>
        <translation>Chưa có số liệu thực tế. Hãy thêm một năm rồi gõ số liệu đã công bố, hoặc nhập chúng từ tệp CSV.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>Source of %1, %2:</source>
        <translation>Nguồn của %1, năm %2:</translation>
    </message>
    <message>
        <source>Where this figure comes from: the report, its table and year</source>
        <translation>Số liệu này lấy từ đâu: báo cáo, bảng và năm</translation>
    </message>
    <message>
        <source>Select a figure to give its source</source>
        <translation>Chọn một số liệu để ghi nguồn</translation>
    </message>
    <message>
        <source>Clear actual figures</source>
        <translation>Xóa số liệu thực tế</translation>
    </message>
    <message>
        <source>Paste actual figures</source>
        <translation>Dán số liệu thực tế</translation>
    </message>
    <message>
        <source>Edit &amp;Source…</source>
        <translation>Sửa &amp;nguồn…</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Xóa &amp;giá trị</translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation>&amp;Xóa năm %1</translation>
    </message>
    <message>
        <source>&amp;Add Year %1</source>
        <translation>&amp;Thêm năm %1</translation>
    </message>
    <message>
        <source>Import actual figures</source>
        <translation>Nhập số liệu thực tế</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot import the actual figures</source>
        <translation>Không thể nhập số liệu thực tế</translation>
    </message>
    <message>
        <source>Nothing was changed: the scenario keeps the figures it had.</source>
        <translation>Không có gì thay đổi: kịch bản giữ nguyên số liệu đã có.</translation>
    </message>
    <message>
        <source>The scenario already has actual figures for %1 years (%2–%3). Replace them with the %4 years of “%5”?</source>
        <translation>Kịch bản đã có số liệu thực tế của %1 năm (%2–%3). Thay bằng %4 năm trong “%5”?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings the present figures back.</source>
        <translation>Hoàn tác (Ctrl+Z) sẽ khôi phục số liệu hiện có.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Thay thế</translation>
    </message>
    <message>
        <source>Export actual figures</source>
        <translation>Xuất số liệu thực tế</translation>
    </message>
    <message>
        <source>The scenario has no actual figures to export.</source>
        <translation>Kịch bản không có số liệu thực tế để xuất.</translation>
    </message>
    <message>
        <source> - actual figures</source>
        <translation> - số liệu thực tế</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HistoryTableModel</name>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>No source given: right-click ▸ Edit Source, or type it below the table.</source>
        <translation>Chưa ghi nguồn: nhấp chuột phải ▸ Sửa nguồn, hoặc gõ vào ô bên dưới bảng.</translation>
    </message>
    <message>
        <source>A new year: it is kept once a figure or a note is entered</source>
        <translation>Năm mới: năm này được giữ lại khi đã nhập một số liệu hoặc ghi chú</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>notes: free notes on the year (a reform, a change in how figures are counted)</source>
        <translation>notes: ghi chú tự do về năm đó (một cải cách, một thay đổi trong cách tính số liệu)</translation>
    </message>
    <message>
        <source>The notes are too long: at most %1 bytes.</source>
        <translation>Ghi chú quá dài: tối đa %1 byte.</translation>
    </message>
    <message>
        <source>%1 is out of range for %2</source>
        <translation>%1 nằm ngoài giới hạn của %2</translation>
    </message>
    <message>
        <source>The source note is too long: at most %1 bytes.</source>
        <translation>Ghi chú nguồn quá dài: tối đa %1 byte.</translation>
    </message>
    <message>
        <source>Enter the figure first: a source note belongs to a value.</source>
        <translation>Hãy nhập số liệu trước: nguồn phải gắn với một giá trị.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::historyfile</name>
    <message>
        <source>Import actual figures from %1</source>
        <translation>Nhập số liệu thực tế từ %1</translation>
    </message>
    <message>
        <source>The scenario has no actual figures to export.</source>
        <translation>Kịch bản không có số liệu thực tế để xuất.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::historytext</name>
    <message>
        <source>Labour force</source>
        <translation>Lực lượng lao động</translation>
    </message>
    <message>
        <source>the labour force, annual average</source>
        <translation>lực lượng lao động, bình quân năm</translation>
    </message>
    <message>
        <source>Unemployment rate</source>
        <translation>Tỷ lệ thất nghiệp</translation>
    </message>
    <message>
        <source>the unemployment rate, annual average</source>
        <translation>tỷ lệ thất nghiệp, bình quân năm</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>insured persons (contributors)</source>
        <translation>người tham gia bảo hiểm (người đóng)</translation>
    </message>
    <message>
        <source>Contributory wage bill</source>
        <translation>Quỹ lương đóng bảo hiểm</translation>
    </message>
    <message>
        <source>total covered (contributory) wages of the year</source>
        <translation>tổng tiền lương thuộc diện đóng bảo hiểm trong năm</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>contributions received in the year (all payers)</source>
        <translation>số tiền đóng thu được trong năm (mọi bên đóng)</translation>
    </message>
    <message>
        <source>State subsidy</source>
        <translation>Hỗ trợ của Nhà nước</translation>
    </message>
    <message>
        <source>the state&apos;s payments into the fund other than contributions</source>
        <translation>các khoản Nhà nước chuyển vào quỹ ngoài tiền đóng</translation>
    </message>
    <message>
        <source>New claims</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>new beneficiaries in the year</source>
        <translation>người hưởng mới trong năm</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Người hưởng</translation>
    </message>
    <message>
        <source>beneficiaries, average over the year</source>
        <translation>người hưởng, bình quân trong năm</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <source>benefits paid in the year</source>
        <translation>trợ cấp đã chi trong năm</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Tổng chi</translation>
    </message>
    <message>
        <source>total expenditure of the year: benefits, other expenditure and administration</source>
        <translation>tổng chi trong năm: trợ cấp, chi khác và chi phí quản lý</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Thu nhập đầu tư</translation>
    </message>
    <message>
        <source>the fund&apos;s investment income (negative: losses or interest paid)</source>
        <translation>thu nhập đầu tư của quỹ (âm: lỗ hoặc tiền lãi phải trả)</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Quỹ dự phòng</translation>
    </message>
    <message>
        <source>the fund at the end of the year</source>
        <translation>số dư quỹ cuối năm</translation>
    </message>
    <message>
        <source>from 0 % to below 100 %</source>
        <translation>từ 0 % đến dưới 100 %</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>số bất kỳ</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>từ 0 trở lên</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 mỗi năm</translation>
    </message>
    <message>
        <source>persons a year</source>
        <translation>người mỗi năm</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>người</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>%1 is out of range for %2: %3</source>
        <translation>%1 nằm ngoài giới hạn của %2: %3</translation>
    </message>
</context>
<context>
    <name>tideover::ui::UserGuideWindow</name>
    <message>
        <source>Tideover User Guide</source>
        <translation>Hướng dẫn sử dụng Tideover</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Quay lại trang trước (Alt+Trái)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>The start of the user guide</source>
        <translation>Phần đầu của hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>tideover::ui::WorkbookExport</name>
    <message>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Projection years</source>
        <translation>Các năm dự báo</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Tạo bởi</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Số liệu chính</translation>
    </message>
    <message>
        <source>Year the reserve is depleted</source>
        <translation>Năm quỹ cạn kiệt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Lowest reserve ratio (years of expenditure)</source>
        <translation>Tỷ lệ dự trữ thấp nhất (số năm chi)</translation>
    </message>
    <message>
        <source>Year of the lowest reserve ratio</source>
        <translation>Năm có tỷ lệ dự trữ thấp nhất</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Mức đóng hòa vốn</translation>
    </message>
    <message>
        <source>Reserve ratio in the last year (years of expenditure)</source>
        <translation>Tỷ lệ dự trữ năm cuối (số năm chi)</translation>
    </message>
    <message>
        <source>Target reserve ratio (years of expenditure)</source>
        <translation>Tỷ lệ dự trữ mục tiêu (số năm chi)</translation>
    </message>
    <message>
        <source>Stochastic projection (Risk sheet)</source>
        <translation>Dự báo ngẫu nhiên (trang tính Risk)</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Số lượt mô phỏng</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống</translation>
    </message>
    <message>
        <source>First year in which half the paths are depleted</source>
        <translation>Năm đầu tiên quỹ cạn kiệt ở một nửa số lượt mô phỏng</translation>
    </message>
    <message>
        <source>Probability of depletion by the last year</source>
        <translation>Xác suất quỹ cạn kiệt đến năm cuối</translation>
    </message>
    <message>
        <source>Stress test (Stress sheet)</source>
        <translation>Kiểm tra sức chịu đựng (trang tính Stress)</translation>
    </message>
    <message>
        <source>Recession</source>
        <translation>Suy thoái</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>Bắt đầu năm</translation>
    </message>
    <message>
        <source>Peak rise of the unemployment rate</source>
        <translation>Mức tăng cao nhất của tỷ lệ thất nghiệp</translation>
    </message>
    <message>
        <source>Months to the peak</source>
        <translation>Số tháng đến đỉnh</translation>
    </message>
    <message>
        <source>Months back to the scenario&apos;s rate</source>
        <translation>Số tháng trở lại tỷ lệ của kịch bản</translation>
    </message>
    <message>
        <source>Factor on job losses during the recession</source>
        <translation>Hệ số nhân số người mất việc trong thời gian suy thoái</translation>
    </message>
    <message>
        <source>With the recession</source>
        <translation>Có suy thoái</translation>
    </message>
    <message>
        <source>Without the recession</source>
        <translation>Không có suy thoái</translation>
    </message>
    <message>
        <source>Months of benefits the reserve covers in the peak year</source>
        <translation>Số tháng trợ cấp quỹ chi trả được trong năm đỉnh</translation>
    </message>
    <message>
        <source>Month the reserve is depleted (1-12)</source>
        <translation>Tháng quỹ cạn kiệt (1-12)</translation>
    </message>
    <message>
        <source>Highest monthly benefit spending (the month of the largest rise)</source>
        <translation>Chi trợ cấp hằng tháng cao nhất (tháng tăng mạnh nhất)</translation>
    </message>
    <message>
        <source>Most beneficiaries (the month of the largest rise)</source>
        <translation>Số người hưởng cao nhất (tháng tăng mạnh nhất)</translation>
    </message>
    <message>
        <source>Month of that peak (year-month)</source>
        <translation>Tháng của đỉnh đó (năm-tháng)</translation>
    </message>
    <message>
        <source>Comparison (Comparison sheet)</source>
        <translation>So sánh (trang tính Comparison)</translation>
    </message>
    <message>
        <source>Reserve at the end of the year</source>
        <translation>Quỹ dự trữ cuối năm</translation>
    </message>
    <message>
        <source>Reserve ratio (years of expenditure)</source>
        <translation>Tỷ lệ dự trữ (số năm chi)</translation>
    </message>
    <message>
        <source>Income and expenditure</source>
        <translation>Thu và chi</translation>
    </message>
    <message>
        <source>Reserve at the end of each month</source>
        <translation>Quỹ dự trữ cuối mỗi tháng</translation>
    </message>
    <message>
        <source>Reserve ratio: percentiles of the random futures</source>
        <translation>Tỷ lệ dự trữ: các phân vị của các tương lai ngẫu nhiên</translation>
    </message>
    <message>
        <source>Probability of depletion</source>
        <translation>Xác suất quỹ cạn kiệt</translation>
    </message>
    <message>
        <source>Reserve ratio with and without the recession</source>
        <translation>Tỷ lệ dự trữ có và không có suy thoái</translation>
    </message>
    <message>
        <source>Unemployment rate with and without the recession</source>
        <translation>Tỷ lệ thất nghiệp có và không có suy thoái</translation>
    </message>
    <message>
        <source>Reserve ratio by scenario</source>
        <translation>Tỷ lệ dự trữ theo kịch bản</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>The scenario has errors; fix them before exporting a workbook.</source>
        <translation>Kịch bản có lỗi; hãy sửa trước khi xuất sổ tính.</translation>
    </message>
    <message>
        <source>Could not write the workbook %1: %2.</source>
        <translation>Không thể ghi sổ tính %1: %2.</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Triệu %1</translation>
    </message>
    <message>
        <source>Cross-subsidy by group (paid in minus drawn out)</source>
        <translation>Bù chéo theo nhóm (đóng vào trừ nhận ra)</translation>
    </message>
    <message>
        <source>Protection package (Package sheet)</source>
        <translation>Gói bảo vệ (trang tính Package)</translation>
    </message>
    <message>
        <source>Cost of the package in the last year</source>
        <translation>Chi phí của gói trong năm cuối</translation>
    </message>
    <message>
        <source>Cost of the package (share of insured wages)</source>
        <translation>Chi phí của gói (tỷ lệ trên tiền lương tham gia bảo hiểm)</translation>
    </message>
    <message>
        <source>Cost of the package (share of GDP)</source>
        <translation>Chi phí của gói (tỷ lệ trên GDP)</translation>
    </message>
    <message>
        <source>Paid by employers</source>
        <translation>Người sử dụng lao động chi trả</translation>
    </message>
    <message>
        <source>Paid by workers</source>
        <translation>Người lao động chi trả</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>Nhà nước chi trả</translation>
    </message>
    <message>
        <source>Unemployed with any benefit of the package</source>
        <translation>Người thất nghiệp nhận ít nhất một chế độ của gói</translation>
    </message>
    <message>
        <source>Cost of the package by who pays</source>
        <translation>Chi phí của gói theo bên chi trả</translation>
    </message>
    <message>
        <source>Unemployed protected, by part of the package</source>
        <translation>Người thất nghiệp được bảo vệ, theo từng phần của gói</translation>
    </message>
    <message>
        <source>Worker groups (Groups sheet)</source>
        <translation>Nhóm người lao động (trang tính Groups)</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Nhóm chính</translation>
    </message>
    <message>
        <source>Cost rate in the last year (expenditure / insured wages)</source>
        <translation>Tỷ lệ chi phí năm cuối (chi / tiền lương tham gia bảo hiểm)</translation>
    </message>
    <message>
        <source>Benefits per unit of contributions in the last year</source>
        <translation>Trợ cấp trên mỗi đơn vị đóng góp trong năm cuối</translation>
    </message>
    <message>
        <source>Cross-subsidy in the last year (paid in minus drawn out)</source>
        <translation>Bù chéo năm cuối (đóng vào trừ nhận ra)</translation>
    </message>
    <message>
        <source>Cross-subsidy over the projection</source>
        <translation>Bù chéo trong toàn kỳ dự báo</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ParameterDiffModel</name>
    <message>
        <source>currency</source>
        <translation>tiền tệ</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Nhóm %1</translation>
    </message>
    <message>
        <source>Group %1: title</source>
        <translation>Nhóm %1: tiêu đề</translation>
    </message>
    <message>
        <source>Group %1: %2 from %3</source>
        <translation>Nhóm %1: %2 từ năm %3</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Nhóm %1: %2</translation>
    </message>
    <message>
        <source>no such group</source>
        <translation>không có nhóm này</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>không thay đổi</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (kế thừa)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::GroupFlowsChart</name>
    <message>
        <source>By worker group</source>
        <translation>Theo nhóm người lao động</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Nhóm chính</translation>
    </message>
    <message>
        <source>Contributions per year</source>
        <translation>Đóng góp mỗi năm</translation>
    </message>
    <message>
        <source>Benefits per year</source>
        <translation>Trợ cấp mỗi năm</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Beneficiaries (average)</source>
        <translation>Người hưởng (bình quân)</translation>
    </message>
    <message>
        <source>Paid in minus drawn out per year</source>
        <translation>Đóng vào trừ nhận ra mỗi năm</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Không có kết quả: kịch bản có lỗi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Out of date: the scenario has errors. The chart shows the last valid results.</source>
        <translation>Đã lỗi thời: kịch bản có lỗi. Biểu đồ hiển thị kết quả hợp lệ gần nhất.</translation>
    </message>
    <message>
        <source>The scenario has one group of workers: add groups in the editor&apos;s Worker groups section to see each one here.</source>
        <translation>Kịch bản chỉ có một nhóm người lao động: hãy thêm nhóm trong mục Nhóm người lao động của trình soạn thảo để xem từng nhóm tại đây.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::GroupsEditor</name>
    <message>
        <source>Add a Worker Group</source>
        <translation>Thêm nhóm người lao động</translation>
    </message>
    <message>
        <source>Start from a template; every value can be changed afterwards. The group&apos;s size is taken from the employed not yet in a group.</source>
        <translation>Bắt đầu từ một mẫu; mọi giá trị đều có thể sửa sau. Quy mô nhóm được lấy từ những người có việc làm chưa thuộc nhóm nào.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <source>Groups of workers covered on their own terms: own-account, platform or migrant workers. A group inherits each of the scheme&apos;s values it does not set.</source>
        <translation>Các nhóm người lao động được bảo hiểm theo điều kiện riêng: lao động tự làm, lao động nền tảng số hoặc lao động di cư. Nhóm kế thừa mọi giá trị của chế độ mà nhóm không tự đặt.</translation>
    </message>
    <message>
        <source>Add Group…</source>
        <translation>Thêm nhóm…</translation>
    </message>
    <message>
        <source>Add a group from a template: formal, public, own-account, platform or migrant workers</source>
        <translation>Thêm nhóm từ một mẫu: lao động chính thức, công chức, lao động tự làm, lao động nền tảng số hoặc lao động di cư</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Xóa nhóm</translation>
    </message>
    <message>
        <source>The group&apos;s name in the charts, tables and reports</source>
        <translation>Tên của nhóm trong biểu đồ, bảng và báo cáo</translation>
    </message>
    <message>
        <source>The main group is the scheme itself: its values are those of the sections above. Its share of the employed is the share of wage employees (Coverage).</source>
        <translation>Nhóm chính chính là chế độ: các giá trị của nhóm là giá trị ở các mục phía trên. Tỷ trọng của nhóm trong số người có việc làm là tỷ trọng người làm công ăn lương (Độ bao phủ).</translation>
    </message>
    <message>
        <source>No group can be added: the scenario has %1 groups already, or the groups hold all of the employed. Lower a group&apos;s share of the employed, or the share of wage employees, to make room.</source>
        <translation>Không thể thêm nhóm: kịch bản đã có %1 nhóm, hoặc các nhóm đã bao gồm toàn bộ người có việc làm. Hãy giảm tỷ trọng người có việc làm của một nhóm, hoặc tỷ trọng người làm công ăn lương, để có chỗ.</translation>
    </message>
    <message>
        <source>Employed not in any group: %1</source>
        <translation>Người có việc làm chưa thuộc nhóm nào: %1</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Nhóm chính</translation>
    </message>
    <message>
        <source>Own value</source>
        <translation>Giá trị riêng</translation>
    </message>
    <message>
        <source>Give the group its own value; clear the box to use the default again</source>
        <translation>Đặt giá trị riêng cho nhóm; bỏ chọn để dùng lại giá trị mặc định</translation>
    </message>
    <message>
        <source>Give the group its own value; clear the box to use the scheme&apos;s value again</source>
        <translation>Đặt giá trị riêng cho nhóm; bỏ chọn để dùng lại giá trị của chế độ</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>Giá trị mặc định</translation>
    </message>
    <message>
        <source>From the scheme (%1)</source>
        <translation>Theo chế độ (%1)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::WhoPaysChart</name>
    <message>
        <source>One projection year, or the sum over every year of the projection</source>
        <translation>Một năm dự báo, hoặc tổng của mọi năm dự báo</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Dữ liệu (CSV)…</translation>
    </message>
    <message>
        <source>Save this chart as an image, a PDF or its figures as CSV</source>
        <translation>Lưu biểu đồ này thành hình ảnh, PDF hoặc số liệu dạng CSV</translation>
    </message>
    <message>
        <source>Who pays, who draws</source>
        <translation>Ai đóng, ai hưởng</translation>
    </message>
    <message>
        <source>Paid by its workers</source>
        <translation>Do người lao động của nhóm đóng</translation>
    </message>
    <message>
        <source>Paid by employers</source>
        <translation>Do người sử dụng lao động đóng</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>Do Nhà nước đóng</translation>
    </message>
    <message>
        <source>Benefits drawn</source>
        <translation>Trợ cấp đã nhận</translation>
    </message>
    <message>
        <source>Other spending (administration, …)</source>
        <translation>Chi khác (quản lý, …)</translation>
    </message>
    <message>
        <source>paid in − drawn out: %1</source>
        <translation>đóng vào − nhận ra: %1</translation>
    </message>
    <message>
        <source>All years (sum)</source>
        <translation>Mọi năm (tổng)</translation>
    </message>
    <message>
        <source>No results: the scenario has errors.</source>
        <translation>Không có kết quả: kịch bản có lỗi.</translation>
    </message>
    <message>
        <source>Out of date: the scenario has errors. The chart shows the last valid results.</source>
        <translation>Đã lỗi thời: kịch bản có lỗi. Biểu đồ hiển thị kết quả hợp lệ gần nhất.</translation>
    </message>
    <message>
        <source>The scenario has one group of workers: add groups in the editor&apos;s Worker groups section to see what each pays in and draws out.</source>
        <translation>Kịch bản chỉ có một nhóm người lao động: hãy thêm nhóm trong mục Nhóm người lao động của trình soạn thảo để xem mỗi nhóm đóng vào và nhận ra bao nhiêu.</translation>
    </message>
    <message>
        <source>Over the whole projection (%1)</source>
        <translation>Trong toàn bộ thời kỳ dự báo (%1)</translation>
    </message>
    <message>
        <source>In %1 (%2)</source>
        <translation>Năm %1 (%2)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Hình ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Không thể lưu biểu đồ vào %1.</translation>
    </message>
</context>
<context>
    <name>tideover::core::groups</name>
    <message>
        <source>Formal employees</source>
        <translation>Lao động khu vực chính thức</translation>
    </message>
    <message>
        <source>Wage employees under the scheme&apos;s own rules, e.g. a sector brought in later.</source>
        <translation>Người làm công ăn lương theo các quy định của chế độ, ví dụ một ngành được đưa vào sau.</translation>
    </message>
    <message>
        <source>Public employees</source>
        <translation>Công chức, viên chức</translation>
    </message>
    <message>
        <source>Civil servants and public-sector employees: full compliance, a third of the job-loss risk.</source>
        <translation>Công chức và người lao động khu vực công: tuân thủ đầy đủ, rủi ro mất việc bằng một phần ba.</translation>
    </message>
    <message>
        <source>Own-account workers (voluntary)</source>
        <translation>Lao động tự làm (tự nguyện)</translation>
    </message>
    <message>
        <source>Self-employed who may join by choice on a declared income, as in Korea since 2012: few join, and those who do are more at risk.</source>
        <translation>Người tự kinh doanh có thể tự chọn tham gia trên thu nhập kê khai, như ở Hàn Quốc từ năm 2012: ít người tham gia, và những người tham gia có rủi ro cao hơn.</translation>
    </message>
    <message>
        <source>Platform workers</source>
        <translation>Lao động nền tảng số</translation>
    </message>
    <message>
        <source>Delivery riders and drivers covered by law, the platform paying the employer&apos;s share, as in Korea since 2021; unstable work and weak compliance.</source>
        <translation>Người giao hàng và tài xế được luật bảo hiểm, nền tảng đóng phần của người sử dụng lao động, như ở Hàn Quốc từ năm 2021; việc làm bấp bênh và tuân thủ thấp.</translation>
    </message>
    <message>
        <source>Registered migrant workers</source>
        <translation>Lao động di cư có đăng ký</translation>
    </message>
    <message>
        <source>Foreign workers with permits: many go home when the job ends and benefits are not paid abroad (Malaysia&apos;s EIS excludes them; Thailand&apos;s fund covers them).</source>
        <translation>Lao động nước ngoài có giấy phép: nhiều người về nước khi hết việc và trợ cấp không được chi trả ở nước ngoài (EIS của Malaysia loại trừ họ; quỹ của Thái Lan có bảo hiểm cho họ).</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageChart</name>
    <message>
        <source>Employers</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>Nhà nước</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageComparisonView</name>
    <message>
        <source>The projection year whose costs are compared</source>
        <translation>Năm dự báo có chi phí được so sánh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>% of covered wages</source>
        <translation>% quỹ lương được bao phủ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Billions, each in its own currency</source>
        <translation>Tỷ, mỗi kịch bản theo đồng tiền của nó</translation>
    </message>
    <message>
        <source>Millions, each in its own currency</source>
        <translation>Triệu, mỗi kịch bản theo đồng tiền của nó</translation>
    </message>
    <message>
        <source>Thousands, each in its own currency</source>
        <translation>Nghìn, mỗi kịch bản theo đồng tiền của nó</translation>
    </message>
    <message>
        <source>Each in its own currency</source>
        <translation>Mỗi kịch bản theo đồng tiền của nó</translation>
    </message>
    <message>
        <source>Billions of %1</source>
        <translation>Tỷ %1</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Triệu %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>Nghìn %1</translation>
    </message>
    <message>
        <source>Cost of the package by payer, %1</source>
        <translation>Chi phí của gói theo bên chi trả, %1</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>Insurance contributions, severance pay (or the severance fund&apos;s contributions) and the employers&apos; payments into savings accounts and the solidarity fund</source>
        <translation>Đóng góp bảo hiểm, trợ cấp thôi việc (hoặc đóng góp vào quỹ trợ cấp thôi việc) và khoản người sử dụng lao động nộp vào tài khoản tiết kiệm và quỹ đoàn kết</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Insurance contributions and the workers&apos; savings contributions</source>
        <translation>Đóng góp bảo hiểm và khoản tiết kiệm của người lao động</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>The state&apos;s insurance contributions, subsidy and transfers, its solidarity-fund contribution and unemployment assistance</source>
        <translation>Đóng góp, hỗ trợ và chuyển khoản của Nhà nước cho bảo hiểm, phần đóng vào quỹ đoàn kết và trợ giúp thất nghiệp</translation>
    </message>
    <message>
        <source>Package cost</source>
        <translation>Chi phí của gói</translation>
    </message>
    <message>
        <source>What the three payers hand over in the year</source>
        <translation>Số tiền ba bên chi trả trong năm</translation>
    </message>
    <message>
        <source>The package&apos;s cost over the covered wage bill</source>
        <translation>Chi phí của gói so với quỹ lương được bao phủ</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% GDP</translation>
    </message>
    <message>
        <source>The package&apos;s cost over GDP (a dash when GDP is not given)</source>
        <translation>Chi phí của gói so với GDP (gạch ngang khi không có GDP)</translation>
    </message>
    <message>
        <source>Unemployed protected</source>
        <translation>Người thất nghiệp được bảo vệ</translation>
    </message>
    <message>
        <source>Share of the unemployed receiving insurance, assistance or savings withdrawals (each person once)</source>
        <translation>Tỷ lệ người thất nghiệp nhận bảo hiểm, trợ giúp hoặc rút tiết kiệm (mỗi người tính một lần)</translation>
    </message>
    <message>
        <source>… by the insurance</source>
        <translation>… bởi bảo hiểm</translation>
    </message>
    <message>
        <source>Share of the unemployed receiving insurance benefits</source>
        <translation>Tỷ lệ người thất nghiệp nhận trợ cấp bảo hiểm</translation>
    </message>
    <message>
        <source>Job losers paid severance</source>
        <translation>Người mất việc được trả trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Share of those who lost a job in the year who were paid severance (a dash without severance pay)</source>
        <translation>Tỷ lệ người mất việc trong năm được trả trợ cấp thôi việc (gạch ngang khi không có trợ cấp thôi việc)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Every part of the package is off in %1: the insurance alone.</source>
        <translation>Mọi phần của gói đều tắt trong %1: chỉ có bảo hiểm.</translation>
    </message>
    <message>
        <source>No figures for %1 in %2 (no valid results, or the year is outside its projection).</source>
        <translation>Không có số liệu năm %1 cho %2 (không có kết quả hợp lệ, hoặc năm nằm ngoài kỳ dự báo).</translation>
    </message>
</context>
</TS>
