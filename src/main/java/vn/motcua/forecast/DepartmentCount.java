package vn.motcua.forecast;

/** A number per department: stays closed, handlers present. */
record DepartmentCount(String department, int count) {}
