// Demo applicants: invented people and organisations (ID numbers carry a correct GB 11643
// check digit, credit codes a correct GB 32100 check character).
import type { ApplicantInput } from '../applications/application.ts';
import { idCardCheckChar } from '../applications/rules/id-card.ts';

function idNumber(first17: string): string {
  return first17 + idCardCheckChar(first17);
}

export const PEOPLE: ApplicantInput[] = [
  {
    type: 'naturalPerson',
    name: '王建军',
    email: 'wangjj@example.com',
    idType: 'residentId',
    idNumber: idNumber('41162119720315281'),
    phone: '13839401121',
    address: '扶沟县城关镇桐丘路东段18号',
    postalCode: '461300',
  },
  {
    type: 'naturalPerson',
    name: '李秀兰',
    idType: 'residentId',
    idNumber: idNumber('41162119801104302'),
    phone: '13598162237',
    address: '扶沟县练寺镇李庄村3组',
    postalCode: '461300',
    email: 'lixiulan@example.com',
  },
  {
    type: 'naturalPerson',
    name: '张国强',
    email: 'zhanggq@example.com',
    idType: 'residentId',
    idNumber: idNumber('41162119650722151'),
    phone: '15138970341',
    address: '扶沟县大新镇张庄村',
    postalCode: '461300',
  },
  {
    type: 'naturalPerson',
    name: '刘红梅',
    idType: 'residentId',
    idNumber: idNumber('41162119880911406'),
    phone: '18739458812',
    address: '扶沟县崔桥镇文化路6号',
    postalCode: '461300',
    email: 'liuhm88@example.com',
  },
  {
    type: 'naturalPerson',
    name: '陈志刚',
    email: 'chenzg@example.com',
    idType: 'residentId',
    idNumber: idNumber('41162119770218321'),
    phone: '13703878845',
    address: '扶沟县汴岗镇陈寨村',
    postalCode: '461300',
  },
  {
    type: 'naturalPerson',
    name: '赵丽娟',
    idType: 'residentId',
    idNumber: idNumber('41270119900306522'),
    phone: '13613941256',
    address: '周口市川汇区七一路88号',
    postalCode: '466000',
    email: 'zhaolj@example.com',
  },
];

export const BUSINESS: ApplicantInput = {
  type: 'business',
  name: '扶沟县恒达置业有限公司',
  creditCode: '91411621MA9F7K2X3Y',
  contactPerson: '孙经理',
  phone: '0394-6218866',
  address: '扶沟县城关镇建设路52号',
  postalCode: '461300',
  email: 'hengda@example.com',
};

export const LAW_FIRM: ApplicantInput = {
  type: 'legalService',
  name: '河南周正律师事务所',
  creditCode: '31410000MD01234568',
  contactPerson: '何律师',
  phone: '0394-8261234',
  address: '周口市川汇区文昌大道18号',
  postalCode: '466000',
  email: 'zhouzheng@example.com',
};

export const RESEARCH: ApplicantInput = {
  type: 'research',
  name: '周口师范学院乡村振兴研究中心',
  contactPerson: '吴老师',
  phone: '0394-8178001',
  address: '周口市川汇区文昌大道东段',
  postalCode: '466001',
  email: 'rural@example.edu.cn',
};

export const NGO: ApplicantInput = {
  type: 'publicInterest',
  name: '周口市绿色家园环保志愿者协会',
  creditCode: '52411621MJ5G8R1D0X',
  contactPerson: '郑会长',
  phone: '13949991234',
  email: 'greenhome@example.org',
  address: '周口市川汇区人和路16号',
  postalCode: '466000',
};

export const VILLAGE: ApplicantInput = {
  type: 'other',
  name: '扶沟县柴岗乡前进村村民委员会',
  contactPerson: '马主任',
  phone: '13781233210',
  email: 'qianjin@example.com',
  address: '扶沟县柴岗乡前进村',
  postalCode: '461300',
};
